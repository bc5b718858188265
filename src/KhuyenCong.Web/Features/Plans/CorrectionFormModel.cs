using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>A correction of one allocation: the change (negative to reduce) with its decision and reason.</summary>
public sealed class CorrectionFormModel : PlanAdjustmentForm
{
    public int AllocationId { get; set; }

    [Display(Name = "Số tiền điều chỉnh (triệu đồng, số âm để giảm)")]
    [Required]
    public Vnd? Change { get; set; }

    public AllocationEntry? Original { get; set; }
}
