using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>A documented reopening of a closed year.</summary>
public sealed class ReopenFormModel : IVersionedForm
{
    public long Version { get; set; }

    [Display(Name = "Lý do mở lại")]
    [Required, StringLength(1000)]
    public string? Reason { get; set; }

    public int PlanId { get; set; }
    public PlanSummary? Plan { get; set; }
}
