using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

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
