using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Dashboard;

/// <summary>
/// The leaders' dashboard. Budget figures come from <see cref="BudgetOverviewQuery"/> and project counts from
/// <see cref="ProjectListQuery.Filtered"/>, so they agree with the overview and the lists by construction; the
/// other figures use the same scope filters and definitions. The year's projects are grouped once in the database
/// (<see cref="YearProjects"/>) and the KPIs, states, contents, provinces and areas are derived from those rows
/// (<see cref="DashboardYear"/>); the per-province fold of the boundary view happens here too, on grouped rows.
/// A result is kept per user and filter until the data changes (<see cref="Infrastructure.Caching.DataVersion"/>):
/// at national scale its 20-odd aggregations cost ~200 ms, and leaders re-open the same view; a write makes the
/// next request compute afresh, so a figure is never stale.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, BudgetOverviewQuery overview,
    Infrastructure.Caching.UserFigureCache figures)
{
    public Task<DashboardResult> RunAsync(ClaimsPrincipal user, UnitScope scope, DashboardFilter filter,
        IReadOnlyList<ProvinceOption> visible, IReadOnlyList<string>? provinceCodes, ProvinceMap map,
        CancellationToken ct)
    {
        var key = $"dashboard|{filter}|{Join(provinceCodes)}|{Join(visible.Select(p => p.Code))}";
        return figures.GetOrComputeAsync(user, key,
            () => ComputeAsync(user, scope, filter, visible, provinceCodes, map, ct), ct);

        static string Join(IEnumerable<string>? codes) => codes is null ? "-" : string.Join(',', codes);
    }

    private async Task<DashboardResult> ComputeAsync(ClaimsPrincipal user, UnitScope scope, DashboardFilter filter,
        IReadOnlyList<ProvinceOption> visible, IReadOnlyList<string>? provinceCodes, ProvinceMap map,
        CancellationToken ct)
    {
        // A chosen province stands for the recorded codes the filter resolver worked out (its predecessors in the
        // current view, and from 2026 in any view), within scope; the offered list alone no longer holds them.
        var visibleCodes = visible.Select(p => p.Code).ToHashSet();
        List<string>? codes = filter.Province is null || provinceCodes is null ? null : [.. provinceCodes];
        var generation = BoundaryViews.Generation(filter.Boundaries, filter.Year);
        var inView = visibleCodes.Select(c => map.Fold(c, filter.Boundaries)).Where(c => map.Exists(c, generation))
            .Distinct().Count();
        // A province leader's breakdown by area replaces a one-tile map (null when the map has more than one tile).
        var withAreas = !scope.IsNationwide && inView <= 1;

        // The year's projects in scope, grouped once: every project figure of the page is derived from these rows.
        var year = new DashboardYear(await YearProjects(scope, filter.Year, withAreas).ToListAsync(ct), codes);
        var trend = await TrendAsync(scope, filter, codes, year, ct);
        var own = trend.Where(t => t.Year == filter.Year).ToList();

        return new DashboardResult(
            filter,
            filter.Province is { } p ? map.Name(p, generation) : null,
            codes is null ? [] : [.. codes.Select(c => new RecordedProvince(c, map.LegacyName(c)))],
            // The overview's totals: estimates and allocations as its plans and allocations sum them (the trend's
            // queries are the overview's with a range of years), the rest from the same projects.
            year.Execution with
            {
                Estimate = new Vnd(own.Sum(t => t.Estimate.Dong)), Allocated = new Vnd(own.Sum(t => t.Allocated.Dong)),
                AcrossFunds = true,
            },
            year.Statuses(),
            trend,
            await ProvincesAsync(scope, filter, visibleCodes, year, map, ct),
            withAreas ? DashboardAreas.Figures(year.Areas(), filter.Boundaries, map) : null,
            year.Contents(),
            await ProductsAsync(user, scope, filter.Year, codes, null, ct),
            await RoundIds(user, scope, filter.Year).ToListAsync(ct));
    }

    /// <summary>
    /// The year's projects in scope (all provinces: the map shows every one) as the project list counts them, in one
    /// GROUP BY: by fund, state, content and recorded province, and with <paramref name="areas"/> also by area
    /// (legacy district, current commune; see <see cref="DashboardAreas"/>). Not yet run.
    /// </summary>
    public IQueryable<YearProjectsSource> YearProjects(UnitScope scope, int year, bool areas)
    {
        var projects = ProjectListQuery.Filtered(db, scope, new ProjectFilter(year, null, null, null, null, null, null))
            .AsNoTracking();
        if (!areas)
        {
            return projects
                .GroupBy(p => new
                {
                    p.Fund, p.Status, p.ActivityContentId, p.ActivityContent!.Name, p.ActivityContent.SortOrder,
                    p.ProvinceCode,
                })
                .Select(g => new YearProjectsSource(g.Key.Fund, g.Key.Status, g.Key.ActivityContentId, g.Key.Name,
                    g.Key.SortOrder, g.Key.ProvinceCode, null, null, null, g.Count(),
                    g.Sum(p => p.ApprovedSupportDong ?? 0), g.Sum(p => p.DisbursedDong),
                    g.Sum(p => p.SettledDong ?? 0)));
        }
        return projects
            .GroupBy(p => new
            {
                p.Fund, p.Status, p.ActivityContentId, p.ActivityContent!.Name, p.ActivityContent.SortOrder,
                p.ProvinceCode, p.LocationUnit!.Generation,
                Area = p.LocationUnit.Generation == UnitGeneration.Legacy
                    ? p.LocationUnit.DistrictCode
                    : p.LocationUnit.Level == UnitLevel.Commune ? p.LocationUnit.Code : null,
                AreaName = p.LocationUnit.Level == UnitLevel.Province ? null
                    : p.LocationUnit.Generation == UnitGeneration.Legacy && p.LocationUnit.Level == UnitLevel.Commune
                        ? p.LocationUnit.Parent!.Name
                        : p.LocationUnit.Name,
            })
            .Select(g => new YearProjectsSource(g.Key.Fund, g.Key.Status, g.Key.ActivityContentId, g.Key.Name,
                g.Key.SortOrder, g.Key.ProvinceCode, g.Key.Generation, g.Key.Area, g.Key.AreaName, g.Count(),
                g.Sum(p => p.ApprovedSupportDong ?? 0), g.Sum(p => p.DisbursedDong), g.Sum(p => p.SettledDong ?? 0)));
    }

    public IQueryable<int> RoundIds(ClaimsPrincipal user, UnitScope scope, int year) =>
        db.ProductRounds.AsNoTracking().Visible(user, scope).Where(r => r.Year == year).OrderBy(r => r.Id)
            .Select(r => r.Id);

    /// <summary>
    /// Estimate and allocated per fund and year with the overview's filters; disbursed from the projects of that plan
    /// year (the year in view from its own rows).
    /// </summary>
    private async Task<IReadOnlyList<FundYear>> TrendAsync(UnitScope scope, DashboardFilter filter, List<string>? codes,
        DashboardYear year, CancellationToken ct)
    {
        var (from, to) = (filter.FromYear, filter.Year);
        var sources = TrendSources(scope, from, to, codes);
        var estimates = await sources.Estimates.ToListAsync(ct);
        var allocated = await sources.Allocated.ToListAsync(ct);
        var disbursed = from < to ? await sources.Disbursed.ToListAsync(ct) : [];
        disbursed.AddRange(year.DisbursedByFund().Select(d => new FundYearSum(to, d.Fund, d.Sum)));

        return [.. Enumerable.Range(from, to - from + 1)
            .SelectMany(y => Enum.GetValues<Fund>().Select(fund => new FundYear(y, fund,
            new Vnd(estimates.Where(e => e.Year == y && e.Fund == fund).Sum(e => e.Sum)),
            new Vnd(allocated.Where(e => e.Year == y && e.Fund == fund).Sum(e => e.Sum)),
            new Vnd(disbursed.Where(e => e.Year == y && e.Fund == fund).Sum(e => e.Sum)))))];
    }

    /// <summary>
    /// The trend's three sums per year and fund, not yet run: estimates and allocations of the years
    /// <paramref name="from"/>–<paramref name="to"/>, disbursements of the years before <paramref name="to"/> (the
    /// year in view comes from <see cref="YearProjects"/>).
    /// </summary>
    public TrendSources TrendSources(UnitScope scope, int from, int to, IReadOnlyCollection<string>? codes)
    {
        var plans = db.AnnualPlans.AsNoTracking().InScope(scope).Where(p => p.Year >= from && p.Year <= to);
        var allocations = db.Allocations.AsNoTracking().InScope(scope)
            .Where(a => a.Plan!.Year >= from && a.Plan.Year <= to);
        var projects = db.Projects.AsNoTracking().InScope(scope).Where(p => p.Year >= from && p.Year < to);
        if (codes is not null)
        {
            plans = plans.InProvinces(codes);
            allocations = allocations.InProvinces(codes);
            projects = projects.InProvinces(codes);
        }
        return new TrendSources(
            plans.GroupBy(p => new { p.Year, p.Fund })
                .Select(g => new FundYearSum(g.Key.Year, g.Key.Fund, g.Sum(p => p.EstimateDong))),
            allocations.GroupBy(a => new { a.Plan!.Year, a.Plan.Fund })
                .Select(g => new FundYearSum(g.Key.Year, g.Key.Fund, g.Sum(a => a.AmountDong))),
            projects.GroupBy(p => new { p.Year, p.Fund })
                .Select(g => new FundYearSum(g.Key.Year, g.Key.Fund, g.Sum(p => p.DisbursedDong))));
    }

    /// <summary>
    /// Every province in scope (for the map, whatever province is drilled into), folded into the boundary view.
    /// Allocations count under their recipient's province; those to central units form a row without a code.
    /// </summary>
    private async Task<IReadOnlyList<ProvinceFigures>> ProvincesAsync(UnitScope scope, DashboardFilter filter,
        HashSet<string> visibleCodes, DashboardYear year, ProvinceMap map, CancellationToken ct)
    {
        var allocations = await overview.AllocatedByProvinceAsync(scope, filter.Year, decidedBy: null, ct);
        var projects = year.ByProvince();

        // The provinces of the view's generation in scope (34 current, or the 63 legacy ones for an earlier year as
        // recorded), and any other province a record of the year names.
        var generation = BoundaryViews.Generation(filter.Boundaries, filter.Year);
        string? Fold(string? code) => code is null ? null : map.Fold(code, filter.Boundaries);
        var shown = visibleCodes.Select(c => map.Fold(c, filter.Boundaries)).Where(c => map.Exists(c, generation))
            .Concat(allocations.Where(a => a.Province is not null).Select(a => Fold(a.Province)!))
            .Concat(projects.Select(p => Fold(p.Province)!))
            .Distinct().Order(StringComparer.Ordinal).Cast<string?>().ToList();
        if (allocations.Any(a => a.Province is null)) shown.Add(null);

        return [.. shown.Select(code => new ProvinceFigures(code,
            code is null ? BudgetByProvince.CentralName : map.Name(code, generation),
            new Vnd(allocations.Where(a => a.Fund == Fund.Kcqg && Fold(a.Province) == code).Sum(a => a.Sum)),
            new Vnd(allocations.Where(a => a.Fund == Fund.Kcdp && Fold(a.Province) == code).Sum(a => a.Sum)),
            new Vnd(projects.Where(p => Fold(p.Province) == code).Sum(p => p.Approved)),
            new Vnd(projects.Where(p => Fold(p.Province) == code).Sum(p => p.Disbursed)),
            projects.Where(p => Fold(p.Province) == code).Sum(p => p.Count)))];
    }

    /// <summary>
    /// Entries of the year's rounds the user may see, limited to the entries of their scope (as in a round's page):
    /// a province's leader counts their own province's entries in the national round.
    /// With <paramref name="certifiedBy"/>, only certificates issued by that day count (a report's period end).
    /// </summary>
    public async Task<IReadOnlyList<ProductGroupFigures>> ProductsAsync(ClaimsPrincipal user, UnitScope scope, int year,
        IReadOnlyCollection<string>? codes,
        DateOnly? certifiedBy, CancellationToken ct)
    {
        var counts = await EntryCounts(user, scope, year, codes, certifiedBy).ToListAsync(ct);
        var groups = await Groups().ToListAsync(ct);
        return [.. groups.Select(g =>
        {
            var row = counts.FirstOrDefault(c => c.GroupId == g.Id);
            return new ProductGroupFigures(g.Id, g.Name, row?.Entries ?? 0, row?.Certified ?? 0);
        })];
    }

    /// <summary>Entries and certificates per product group for <see cref="ProductsAsync"/>, not yet run.</summary>
    public IQueryable<GroupEntriesSource> EntryCounts(ClaimsPrincipal user, UnitScope scope, int year,
        IReadOnlyCollection<string>? codes, DateOnly? certifiedBy)
    {
        var rounds = db.ProductRounds.AsNoTracking().Visible(user, scope).Where(r => r.Year == year).Select(r => r.Id);
        var entries = db.ProductEntries.AsNoTracking().Where(e => rounds.Contains(e.RoundId));
        if (!scope.IsNationwide)
        {
            var ids = scope.UnitIds.ToList();
            entries = entries.Where(e => ids.Contains(e.LocationUnitId));
        }
        if (codes is not null)
        {
            var codeList = codes.ToList();
            entries = entries.Where(e => codeList.Contains(e.ProvinceUnit!.ProvinceCode));
        }
        return entries.GroupBy(e => e.GroupId)
            .Select(g => new GroupEntriesSource(
                g.Key, g.Count(),
                g.Count(e => e.Certificate != null
                    && (certifiedBy == null || e.Certificate.IssueDate <= certifiedBy))));
    }

    public IQueryable<ProductGroupSource> Groups() =>
        db.ProductGroups.AsNoTracking().OrderBy(g => g.SortOrder).Select(g => new ProductGroupSource(g.Id, g.Name));
}
