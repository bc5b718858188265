using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// One tranche (đợt): one decision for any number of recipients, each once; blank lines are ignored.
/// </summary>
public sealed class TrancheFormModel : IVersionedForm
{
    /// <summary>Blank rows shown at first; the page adds more.</summary>
    public const int Lines = 3;

    public int PlanId { get; set; }
    public long Version { get; set; }

    [Display(Name = "Đợt")]
    [Required, Range(1, 99)]
    public int? Tranche { get; set; }

    [Display(Name = "Số quyết định giao kinh phí")]
    [Required, StringLength(64)]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày quyết định")]
    [Required]
    public DateOnly? DecisionDate { get; set; }

    public List<TrancheLine> Items { get; set; } = [];

    public PlanSummary? Plan { get; set; }
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<RecipientOption> Recipients { get; set; } = [];

    /// <summary>The plan's decisions so far, each with its tranche (a decision is one tranche).</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<TrancheDecision> Decisions { get; set; } = [];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int NextTranche { get; set; } = 1;
}
