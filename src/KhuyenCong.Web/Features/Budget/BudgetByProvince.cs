using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Boundaries;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>
/// The overview's figures split by province in a boundary view, for the summary API. The three sums are grouped by
/// recorded province code in the database, over exactly the overview's filtered rows, and folded by
/// <see cref="ProvinceMap"/> per group; so the rows add up to the overview's totals in either view. Estimates count
/// under the plan owner's province (the national plan under the central row), allocations under the recipient's,
/// execution under the project's location. A null code is the central row (ministry units and the national plan).
/// </summary>
public static class BudgetByProvince
{
    public static BudgetByProvinceSources ByProvinceSources(
        this BudgetOverviewQuery overview, UnitScope scope, BudgetFilter filter)
    {
        var approvedStates = ProjectStatusGroups.Approved;
        return new BudgetByProvinceSources(
            overview.Plans(scope, filter)
                .GroupBy(p => p.OwnerUnit != null ? p.OwnerUnit.ProvinceCode : null)
                .Select(g => new ProvinceSum(g.Key, g.Sum(p => p.EstimateDong), 0, 0, 0, 0)),
            overview.Allocations(scope, filter)
                .GroupBy(a => a.Recipient!.ScopeUnit != null ? a.Recipient.ScopeUnit.ProvinceCode : null)
                .Select(g => new ProvinceSum(g.Key, 0, g.Sum(a => a.AmountDong), 0, 0, 0)),
            overview.Projects(scope, filter)
                .GroupBy(p => p.ProvinceCode)
                .Select(g => new ProvinceSum(g.Key, 0, 0,
                    g.Sum(p => approvedStates.Contains(p.Status) ? p.ApprovedSupportDong ?? 0 : 0),
                    g.Sum(p => p.DisbursedDong),
                    g.Sum(p => p.SettledDong ?? 0))));
    }

    /// <summary>The provinces of the filter in <paramref name="view"/>, by code, the central row last.</summary>
    public static async Task<IReadOnlyList<ProvinceBudget>> ByProvinceAsync(this BudgetOverviewQuery overview,
        UnitScope scope, BudgetFilter filter, BoundaryView view, ProvinceMap map, CancellationToken ct)
    {
        var sources = overview.ByProvinceSources(scope, filter);
        var rows = new List<ProvinceSum>();
        rows.AddRange(await sources.Estimates.ToListAsync(ct));
        rows.AddRange(await sources.Allocated.ToListAsync(ct));
        rows.AddRange(await sources.Execution.ToListAsync(ct));
        var generation = BoundaryViews.Generation(view, filter.Year);
        return [.. rows
            .GroupBy(r => r.Province is null ? null : map.Fold(r.Province, view))
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProvinceBudget(g.Key, g.Key is null ? CentralName : map.Name(g.Key, generation),
                new BudgetFigures(
                    new Vnd(g.Sum(r => r.Estimate)), new Vnd(g.Sum(r => r.Allocated)), new Vnd(g.Sum(r => r.Approved)),
                    new Vnd(g.Sum(r => r.Disbursed)), new Vnd(g.Sum(r => r.Settled)))))];
    }

    /// <summary>The row of the ministry's plan and of allocations to central units (a resource key).</summary>
    public const string CentralName = "Đơn vị trung ương";
}

/// <summary>The by-province queries of <see cref="BudgetByProvince"/>, not yet run.</summary>
public sealed record BudgetByProvinceSources(
    IQueryable<ProvinceSum> Estimates, IQueryable<ProvinceSum> Allocated, IQueryable<ProvinceSum> Execution);

/// <summary>One recorded province code's sums from one of the three sources (the others zero).</summary>
public sealed record ProvinceSum(
    string? Province, long Estimate, long Allocated, long Approved, long Disbursed, long Settled);

/// <summary>One province of a boundary view (null code: central) with its figures.</summary>
public sealed record ProvinceBudget(string? Code, string Name, BudgetFigures Figures);
