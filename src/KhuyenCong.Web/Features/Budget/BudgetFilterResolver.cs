using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>
/// Turns the query string of the overview, its export and the API into a filter the user may ask for:
/// an unknown fund is a bad request, a province outside the user's scope is not found, a missing year
/// is the latest year with a plan in scope (or this year).
/// </summary>
public sealed class BudgetFilterResolver(AppDbContext db, IUserScopeProvider scopes, BudgetOverviewQuery query, TimeProvider clock)
{
    public sealed record Resolution(BudgetFilter? Filter, UnitScope Scope, IReadOnlyList<ProvinceOption> Provinces, int Status);

    public async Task<Resolution> ResolveAsync(System.Security.Claims.ClaimsPrincipal user, int? year, string? fund, string? province, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(user, ct);
        var provinces = await query.ProvincesAsync(scope, ct);
        Fund? fundFilter = null;
        if (!string.IsNullOrWhiteSpace(fund))
        {
            if (!FundNames.TryParse(fund, out var parsed)) return new(null, scope, provinces, StatusCodes.Status400BadRequest);
            fundFilter = parsed;
        }
        var provinceCode = string.IsNullOrWhiteSpace(province) ? null : province.Trim();
        if (provinceCode is not null && provinces.All(p => p.Code != provinceCode))
            return new(null, scope, provinces, StatusCodes.Status404NotFound);
        if (year is < 2000 or > 2100) return new(null, scope, provinces, StatusCodes.Status400BadRequest);

        var chosenYear = year ?? await db.AnnualPlans.AsNoTracking().InScope(scope)
            .MaxAsync(p => (int?)p.Year, ct) ?? VietnamTime.Today(clock).Year;
        return new(new BudgetFilter(chosenYear, fundFilter, provinceCode), scope, provinces, StatusCodes.Status200OK);
    }
}
