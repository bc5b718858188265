using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The project form's pickers for one plan year: only the units and organisations a project of that year may
/// refer to (<see cref="ReferencePeriod"/>), so a 2026 form offers no legacy unit, district or ended organisation.
/// The form reloads them through <see cref="ProjectsController.Options"/> when the year changes.
/// </summary>
public static class ProjectPickers
{
    /// <summary>The period of a year typed in the form; this year's when it is missing or out of range.</summary>
    public static ReferencePeriod PeriodOf(int? year, DateOnly today) =>
        ReferencePeriod.ForPlanYear(
            year is >= BudgetRules.FirstYear and <= BudgetRules.LastYear ? year.Value : today.Year);

    public static async Task<List<SelectListItem>> OrganisationsAsync(AppDbContext db, UnitScope scope, Actor actor,
        ReferencePeriod period, CancellationToken ct)
    {
        var kinds = Enum.GetValues<OrganisationKind>().Where(k => Allocation.CanReceive(Fund.Kcqg, k)
            || Allocation.CanReceive(Fund.Kcdp, k)).ToList();
        // Organisations have no stored search key: the list is short, so it is ordered here (see
        // VietnameseText.NameOrder).
        var organisations = await db.Implementers(scope, actor).Where(o => kinds.Contains(o.Kind))
            .Where(period.OrganisationFilter()).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return [.. organisations.OrderBy(o => o.Name, VietnameseText.NameOrder).ThenBy(o => o.Id)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))];
    }
}
