using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure;
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

/// <summary>How many projects an allocation entry funds and their approved support together.</summary>
public sealed record LinkedSum(int Count, Vnd Approved);

/// <summary>
/// A possible recipient of a tranche and the days money may be decided for it (its activity, cut at the reform by its
/// unit's generation); <see cref="Fits"/> for the form's decision date.
/// </summary>
public sealed record RecipientOption(int Id, string Text, DateOnly From, DateOnly To, bool Fits);
