using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

public sealed class PlanFormModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    [Display(Name = "Nguồn kinh phí")]
    [Required]
    public Fund? Fund { get; set; }

    [Display(Name = "Năm kế hoạch")]
    [Required, Range(2000, 2100)]
    public int? Year { get; set; }

    [Display(Name = "Dự toán (triệu đồng)")]
    [Required]
    public Vnd? Estimate { get; set; }

    [Display(Name = "Số quyết định giao dự toán")]
    [StringLength(64)]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày quyết định")]
    public DateOnly? DecisionDate { get; set; }

    [Display(Name = "Thuộc chương trình")]
    public int? ProgrammeId { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(1000)]
    public string? Note { get; set; }

    /// <summary>
    /// The province of a new KCĐP plan, among <see cref="Owners"/>; if empty, the one fitting the year.
    /// </summary>
    [Display(Name = "Tỉnh/thành phố")]
    public int? OwnerUnitId { get; set; }

    public string? OwnerName { get; set; }

    /// <summary>The plan already has its original decision (shown, not retyped).</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool HasDecision { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<PlanOwners.Candidate> Owners { get; set; } = [];
    public IReadOnlyList<SelectListItem> Programmes { get; set; } = [];
}
