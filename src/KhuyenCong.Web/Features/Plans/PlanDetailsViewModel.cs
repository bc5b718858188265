using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

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
