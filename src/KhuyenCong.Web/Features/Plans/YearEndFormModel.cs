using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>The year-end checklist as a form.</summary>
public sealed class YearEndFormModel : IVersionedForm
{
    public long Version { get; set; }

    [Display(Name = "Số quyết định hủy đề án")]
    [StringLength(64)]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(1000)]
    public string? Note { get; set; }

    public List<ProjectChoice> Projects { get; set; } = [];
    public List<BalanceChoice> Balances { get; set; } = [];

    public int PlanId { get; set; }
    public PlanSummary? Plan { get; set; }

    [BindNever]
    public YearEndFacts? Facts { get; set; }
}
