using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// What every change to a plan already decided carries (an estimate adjustment, a correction of an allocation):
/// the plan and its version, and the adjusting decision's number, date and reason, with the same labels and limits.
/// </summary>
public abstract class PlanAdjustmentForm : IVersionedForm
{
    public int PlanId { get; set; }
    public long Version { get; set; }

    [Display(Name = "Số quyết định điều chỉnh")]
    [Required, StringLength(64)]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày quyết định")]
    [Required]
    public DateOnly? DecisionDate { get; set; }

    [Display(Name = "Lý do điều chỉnh")]
    [Required, StringLength(1000)]
    public string? Reason { get; set; }

    public PlanSummary? Plan { get; set; }
}
