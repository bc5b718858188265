using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

public sealed record CouncilRow(int Id, int Year, int Members, int Projects, int FullyScored, int WaitingForMe);

public sealed class CouncilIndexViewModel
{
    public IReadOnlyList<CouncilRow> Councils { get; init; } = [];
    public bool CanCreate { get; init; }
}

/// <summary>A registered project of the council's year: "k/n" counts the members not recused from it.</summary>
public sealed record CouncilProjectRow(int Id, string Code, string Name, string Province, string Implementer,
    long RequestedDong, long? AppraisedDong, int? BaseScore, Domain.Projects.ProjectStatus Status, double? Mean,
    int Scored, int Expected, bool ScoredByMe, bool RecusedByMe, bool MineToSkip);

public sealed record CouncilMemberProgress(string UserId, string FullName, int Scored, int Recused, int Remaining);

public sealed class CouncilDetailsViewModel
{
    public required Domain.Cycle.AppraisalCouncil Council { get; init; }
    public required string Organiser { get; init; }
    public IReadOnlyList<CouncilProjectRow> Projects { get; init; } = [];
    public IReadOnlyList<CouncilMemberProgress> Members { get; init; } = [];
    public IReadOnlyList<(string Id, string Name)> AvailableMembers { get; init; } = [];
    public bool CanManage { get; init; }
    public bool IsMember { get; init; }
    public bool SheetLocked { get; init; }
}

public sealed class CouncilFormModel
{
    [Required, Range(2000, 2100), Display(Name = "Năm kế hoạch")]
    public int? Year { get; set; }
}

/// <summary>The score sheet as edited: blank lines are ignored; the points must add up to 100.</summary>
public sealed class SheetFormModel : IVersionedForm
{
    public const int Lines = 8;

    public int CouncilId { get; set; }
    public int Year { get; set; }
    public long Version { get; set; }
    public List<SheetLine> Criteria { get; set; } = [];
}

public sealed class SheetLine
{
    [StringLength(300), Display(Name = "Tiêu chí")]
    public string? Name { get; set; }

    [Range(1, 100), Display(Name = "Điểm tối đa")]
    public int? MaxScore { get; set; }
}

public sealed record SheetRowView(string Member, int[] Points, int Total);

public sealed class ScoringViewModel
{
    public required Domain.Cycle.AppraisalCouncil Council { get; init; }
    public required CouncilProjectRow Project { get; init; }
    public string? Objectives { get; init; }
    public IReadOnlyList<SheetRowView> Sheets { get; init; } = [];
    public IReadOnlyList<(string Member, string? Reason)> Recusals { get; init; } = [];
    public int[]? MyPoints { get; init; }
    public bool IsMember { get; init; }
    public bool CanManage { get; init; }
    public bool IsRecused { get; init; }
    public bool MayScore { get; init; }

    [BindNever]
    public string? Error { get; init; }
}
