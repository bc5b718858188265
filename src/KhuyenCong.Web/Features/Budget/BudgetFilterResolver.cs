using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>
/// Turns the query string of the overview, its export, the API, the dashboard and the reports into a filter the user
/// may ask for: an unknown fund or boundary view is a bad request, a province outside the user's scope is not found,
/// a missing year is the latest year with a plan in scope (or this year), a missing view the year's default.
/// </summary>
public sealed class BudgetFilterResolver(
    AppDbContext db, IUserScopeProvider scopes, BudgetOverviewQuery query, TimeProvider clock)
{
    /// <summary>
    /// The resolved filter (null when refused, with <see cref="Status"/> and, for a bad value, <see cref="Error"/>: a
    /// resource key and its argument). <see cref="Map"/> is loaded for the boundary-aware resolution only.
    /// </summary>
    public sealed record Resolution(
        BudgetFilter? Filter, UnitScope Scope, IReadOnlyList<ProvinceOption> Provinces, int Status,
        BoundaryView Boundaries = BoundaryView.Recorded, ProvinceMap? Map = null,
        string? Error = null, object[]? ErrorArguments = null);

    /// <summary>
    /// The overview page and its export: provinces as recorded (they list recipients by their units).
    /// </summary>
    public Task<Resolution> ResolveAsync(
        ClaimsPrincipal user, int? year, string? fund, string? province, CancellationToken ct) =>
        ResolveAsync(user, year, fund, province, BoundaryViews.RecordedName, ct);

    /// <summary>
    /// The boundary-aware resolution: <paramref name="boundaries"/> is "recorded", "current" or empty for the year's
    /// default. In the current view a province is a current code standing for itself and its legacy predecessors
    /// within scope; a legacy code that no longer exists is refused with the province it became part of.
    /// </summary>
    public async Task<Resolution> ResolveAsync(ClaimsPrincipal user, int? year, string? fund, string? province,
        string? boundaries, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(user, ct);
        var provinces = await query.ProvincesAsync(scope, ct);
        Fund? fundFilter = null;
        if (!string.IsNullOrWhiteSpace(fund))
        {
            if (!FundNames.TryParse(fund, out var parsed))
                return new(null, scope, provinces, StatusCodes.Status400BadRequest);
            fundFilter = parsed;
        }
        if (year is < 2000 or > 2100) return new(null, scope, provinces, StatusCodes.Status400BadRequest);
        var chosenYear = year ?? await db.AnnualPlans.AsNoTracking().InScope(scope)
            .MaxAsync(p => (int?)p.Year, ct) ?? VietnamTime.Today(clock).Year;
        if (!BoundaryViews.TryParse(boundaries, chosenYear, out var view))
        {
            return new(null, scope, provinces, StatusCodes.Status400BadRequest,
                Error: BoundaryViews.BadValueMessage, ErrorArguments: [boundaries!.Trim()]);
        }

        var provinceCode = string.IsNullOrWhiteSpace(province) ? null : province.Trim();
        var map = view == BoundaryView.Current || ProvinceOffers.CurrentOnly(chosenYear)
            ? await ProvinceMap.LoadAsync(db, ct) : null;
        var inScope = provinces;
        if (map is not null) provinces = ProvinceOffers.For(inScope, chosenYear, map);
        if (view == BoundaryView.Recorded)
        {
            if (provinceCode is not null && inScope.All(p => p.Code != provinceCode))
                return new(null, scope, provinces, StatusCodes.Status404NotFound, view);
            var recorded = provinceCode is null ? null : ProvinceOffers.Codes(provinceCode, inScope, chosenYear, map);
            return new(new BudgetFilter(chosenYear, fundFilter, provinceCode, recorded), scope, provinces, Ok, view,
                map);
        }

        map ??= await ProvinceMap.LoadAsync(db, ct);
        if (provinceCode is null)
            return new(new BudgetFilter(chosenYear, fundFilter, null), scope, provinces, Ok, view, map);
        var visible = inScope.Select(p => p.Code).ToHashSet();
        if (!map.IsCurrent(provinceCode))
        {
            // A legacy code the caller may see is a clear mistake of view, not a secret: say where it went.
            if (!visible.Contains(provinceCode) || map.SuccessorOf(provinceCode) is not { } successor)
                return new(null, scope, provinces, StatusCodes.Status404NotFound, view, map);
            return new(null, scope, provinces, StatusCodes.Status400BadRequest, view, map, LegacyProvinceMessage,
                [provinceCode, map.LegacyName(provinceCode), successor, map.Name(successor, BoundaryView.Current)]);
        }
        var codes = map.RecordedCodes(provinceCode, view).Where(visible.Contains).ToList();
        if (codes.Count == 0) return new(null, scope, provinces, StatusCodes.Status404NotFound, view, map);
        return new(new BudgetFilter(chosenYear, fundFilter, provinceCode, codes), scope, provinces, Ok, view, map);
    }

    /// <summary>The refusal of a legacy province code in the current view (a resource key).</summary>
    public const string LegacyProvinceMessage =
        "Mã tỉnh {0} ({1}) là tỉnh trước 01/07/2025, nay thuộc {3} (mã {2}): " +
        "theo địa giới hiện nay hãy dùng mã {2}, hoặc xem theo địa giới khi ghi nhận (boundaries=recorded).";

    private const int Ok = StatusCodes.Status200OK;
}
