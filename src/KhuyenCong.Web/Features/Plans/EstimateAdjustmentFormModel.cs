using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>The new estimate with its decision and reason.</summary>
public sealed class EstimateAdjustmentFormModel : IVersionedForm
{
    public int PlanId { get; set; }
    public long Version { get; set; }

    [Display(Name = "Dự toán sau điều chỉnh (triệu đồng)")]
    [Required]
    public Vnd? Estimate { get; set; }

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
