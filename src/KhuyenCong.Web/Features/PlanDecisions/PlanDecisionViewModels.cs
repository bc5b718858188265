using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.PlanDecisions;

/// <summary>What the form does with one listed project; "not in this decision" leaves it waiting.</summary>
public enum PlanRowChoice
{
    Omit = 0,
    Approve = 1,
    Reject = 2,
}

public sealed record PlanDecisionRowView(int Id, Fund Fund, int Year, string Number, DateOnly Date, string Recorder,
    int Approved, int Rejected, long ApprovedDong);

public sealed class PlanDecisionIndexViewModel
{
    public IReadOnlyList<PlanDecisionRowView> Decisions { get; init; } = [];
    public bool CanDecideKcqg { get; init; }
    public bool CanDecideKcdp { get; init; }
    public int Year { get; init; }
}

public sealed class PlanDecisionDetailsViewModel
{
    public required PlanDecision Decision { get; init; }
    public required string Recorder { get; init; }
    public string? Province { get; init; }

    /// <summary>The items the user may see: all for the ministry, the province's own projects otherwise.</summary>
    public IReadOnlyList<PlanDecisionItem> Items { get; init; } = [];
    public int HiddenItems { get; init; }
}

/// <summary>
/// The plan decision form: the document (number, date) and every project waiting for it, each approved (amount and,
/// for KCQG, the ministry's score), rejected (KCQG, with the reason) or left out.
/// </summary>
public sealed class PlanDecisionFormModel
{
    public Fund Fund { get; set; }

    [Range(2000, 2100), Display(Name = "Năm kế hoạch")]
    public int Year { get; set; }

    [Required, StringLength(64), Display(Name = "Số quyết định")]
    public string? Number { get; set; }

    [Required, Display(Name = "Ngày quyết định")]
    public DateOnly? Date { get; set; }

    [StringLength(2000), Display(Name = "Trích yếu, ghi chú")]
    public string? Note { get; set; }

    public List<PlanDecisionRow> Rows { get; set; } = [];

    /// <summary>The province whose People's Committee decides a KCĐP plan (empty for KCQG).</summary>
    [BindNever]
    public string Authority { get; set; } = "";

    [BindNever]
    public bool HasCouncil { get; set; }
}

public sealed class PlanDecisionRow
{
    public int ProjectId { get; set; }
    public long Version { get; set; }
    public PlanRowChoice Choice { get; set; }

    [Range(0, 100), Display(Name = "Điểm thẩm định của Bộ")]
    public int? Score { get; set; }

    [Display(Name = "Kinh phí phê duyệt (triệu đồng)")]
    public Vnd? Amount { get; set; }

    [StringLength(2000), Display(Name = "Lý do")]
    public string? Reason { get; set; }

    [BindNever] public string Code { get; set; } = "";
    [BindNever] public string Name { get; set; } = "";
    [BindNever] public string Province { get; set; } = "";
    [BindNever] public string Implementer { get; set; } = "";
    [BindNever] public long RequestedDong { get; set; }
    [BindNever] public long? AppraisedDong { get; set; }
    [BindNever] public int? BaseScore { get; set; }
    [BindNever] public double? CouncilMean { get; set; }
    [BindNever] public int Scored { get; set; }
    [BindNever] public int Expected { get; set; }
    [BindNever] public Domain.Projects.ProjectStatus Status { get; set; }

    /// <summary>Why this project held the decision back, in the user's language.</summary>
    [BindNever] public string? Refusal { get; set; }
}
