using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.PlanDecisions;

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
