using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>The new estimate with its decision and reason.</summary>
public sealed class EstimateAdjustmentFormModel : PlanAdjustmentForm
{
    [Display(Name = "Dự toán sau điều chỉnh (triệu đồng)")]
    [Required]
    public Vnd? Estimate { get; set; }
}
