using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary>
/// The cascading location picker (issue 15): province → commune for current units, province → district → commune
/// for legacy years, instead of typing a statistics code. Only the units of the record's period
/// (<see cref="ReferencePeriod"/>: a plan year, else today) that lie in the user's scope or lead to a unit in it.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
[Route("AdminUnits/Picker")]
public sealed class UnitPickerController(AppDbContext db, IUserScopeProvider scopes,
    AdministrativeUnitGraphCache graphs, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <param name="parentId">The unit whose children are asked for; none for the provinces.</param>
    /// <param name="year">
    /// The plan year of the record (2025 allows both generations); today's period when absent.
    /// </param>
    [HttpGet("Units")]
    public async Task<IActionResult> Units(int? parentId, int? year, CancellationToken ct)
    {
        var period = year is >= BudgetRules.FirstYear and <= BudgetRules.LastYear
            ? ReferencePeriod.ForPlanYear(year.Value) : ReferencePeriod.ForDate(VietnamTime.Today(clock));
        var query = db.AdministrativeUnits.AsNoTracking().Where(period.UnitFilter());
        query = parentId is { } parent ? query.Where(u => u.ParentId == parent)
            : query.Where(u => u.Level == UnitLevel.Province);
        var units = await query.OrderBy(u => u.Generation).ThenBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.Level, u.Generation }).ToListAsync(ct);
        var scope = await scopes.GetAsync(User, ct);
        var graph = scope.IsNationwide ? null : await graphs.GetAsync(ct);
        // A commune officer's province is not in scope itself, but leads to it: offered so the commune can be chosen.
        return Json(units.Where(u => scope.LeadsInto(graph, u.Id))
            .Select(u => UnitPickerItem.From(u.Id, u.Code, u.Name, u.Level, u.Generation, scope.IncludesUnit(u.Id),
                localizer))
            .ToList());
    }
}
