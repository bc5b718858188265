using KhuyenCong.Data;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Dashboard;

/// <summary>
/// The leaders' home page (officers may open it too): read-only figures for the user's scope. Nothing here
/// accepts a POST, so a leader cannot change anything from it.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class DashboardController(AppDbContext db, BudgetFilterResolver filters, DashboardQuery dashboard)
    : Controller
{
    /// <summary>The longest trend shown, so a typo in the range does not ask for a century of zeros.</summary>
    private const int MaxTrendYears = 15;

    [HttpGet]
    [CachedPage("year", "from", "boundaries", "province", "figure")]
    public async Task<IActionResult> Index(
        int? year, int? from, string? boundaries, string? province, MapFigure figure, CancellationToken ct)
    {
        if (!Enum.IsDefined(figure)) return BadRequest();
        // The view defaults by year (current boundaries from 2025); a province outside the user's scope in the chosen
        // view is not found, as everywhere else; a legacy code in the current view says where it went.
        var resolved = await filters.ResolveAsync(User, year, null, province, boundaries, ct);
        if (resolved.Filter is null) return BoundaryResults.Refused(this, resolved);
        var chosenYear = resolved.Filter.Year;
        var fromYear = Math.Clamp(from ?? chosenYear - 4, Math.Max(2000, chosenYear - MaxTrendYears + 1), chosenYear);

        var map = resolved.Map ?? await ProvinceMap.LoadAsync(db, ct);
        var filter = new DashboardFilter(chosenYear, fromYear, resolved.Boundaries, resolved.Filter.Province, figure);
        var result = await dashboard.RunAsync(
            User, resolved.Scope, filter, resolved.Provinces, resolved.Filter.ProvinceCodes, map, ct);
        var scopeName = resolved.Scope.IsNationwide ? "Cả nước"
            : User.FindFirst(Authorization.AppClaims.OrganisationName)?.Value ?? "";
        return View(new DashboardViewModel(result, scopeName, resolved.Scope.IsNationwide));
    }
}

public sealed record DashboardViewModel(DashboardResult Result, string ScopeName, bool Nationwide);
