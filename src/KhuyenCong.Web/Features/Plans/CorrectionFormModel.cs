using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

public sealed class CorrectionFormModel : IVersionedForm
{
    public int PlanId { get; set; }
    public int AllocationId { get; set; }
    public long Version { get; set; }

    [Display(Name = "Số tiền điều chỉnh (triệu đồng, số âm để giảm)")]
    [Required]
    public Vnd? Change { get; set; }

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
    public AllocationEntry? Original { get; set; }
}
