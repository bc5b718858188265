using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Cycle;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.PlanDecisions;

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
