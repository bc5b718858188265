using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

public sealed record PlanListRow(int Id, int Year, Fund Fund, string Owner, Vnd Estimate, Vnd Allocated,
    string? DecisionNumber, DateOnly? DecisionDate, int? OwnerUnitId = null)
{
    /// <summary>Where the owner province is today (set for the list page).</summary>
    public Domain.Reform.UnitPlace? Place { get; set; }
}

public sealed record PlanIndexViewModel(int Year, Fund? Fund, PagedList<PlanListRow> List, bool CanCreateNational,
    bool CanCreateProvincial);

/// <summary>A plan's page: its header (when the plan is in the user's scope), the allocation table and the
/// entries.</summary>
public sealed record PlanDetailsViewModel(
    int Id, int Year, Fund Fund, string Owner, bool PlanVisible, Vnd Estimate, Vnd Allocated, string? DecisionNumber,
    DateOnly? DecisionDate, string? Programme, string? Note, long Version, bool CanManage,
    AllocationTable Table, IReadOnlyList<AllocationEntry> Entries, int? RecipientId, string? RecipientName)
{
    /// <summary>The owner province and where it is today (for a legacy province, the current one).</summary>
    public Domain.Reform.UnitPlace? OwnerPlace { get; init; }

    public bool IsClosed { get; init; }

    /// <summary>The estimate's history: the original entry, then each adjustment with its decision.</summary>
    public IReadOnlyList<EstimateEntry> Revisions { get; init; } = [];

    public IReadOnlyList<YearEventEntry> YearEvents { get; init; } = [];

    /// <summary>The projects each allocation entry funds, by entry id.</summary>
    public IReadOnlyDictionary<int, LinkedSum> Links { get; init; } = new Dictionary<int, LinkedSum>();
}

/// <summary>How many projects an allocation entry funds and their approved support together.</summary>
public sealed record LinkedSum(int Count, Vnd Approved);

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

    /// <summary>The province of a new KCĐP plan, among <see cref="Owners"/>; if empty, the one fitting the year.</summary>
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

public sealed class TrancheLine
{
    [Display(Name = "Đơn vị nhận")]
    public int? RecipientId { get; set; }

    [Display(Name = "Số tiền (triệu đồng)")]
    public Vnd? Amount { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(1000)]
    public string? Note { get; set; }
}

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

/// <summary>
/// A possible recipient of a tranche and the days money may be decided for it (its activity, cut at the reform by its
/// unit's generation); <see cref="Fits"/> for the form's decision date.
/// </summary>
public sealed record RecipientOption(int Id, string Text, DateOnly From, DateOnly To, bool Fits);

/// <summary>The few plan facts shown above the allocation and correction forms.</summary>
public sealed record PlanSummary(int Id, int Year, Fund Fund, string Owner, Vnd Estimate, Vnd Allocated)
{
    public Vnd Remaining => Estimate - Allocated;
}
