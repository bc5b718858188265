using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// What the project form offers (contents, implementers of the plan year, the chosen beneficiaries and place, legal
/// forms for the quick add), filled in before the form is shown, first or again after a refused save.
/// </summary>
public sealed class ProjectFormOptions(AppDbContext db, IUserScopeProvider scopes, CurrentActor actors,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task FillAsync(ClaimsPrincipal user, ProjectFormModel model, CancellationToken ct)
    {
        while (model.CostLines.Count < ProjectFormModel.CostLineRows) model.CostLines.Add(new CostLineInput());
        var scope = await scopes.GetAsync(user, ct);
        var actor = await actors.GetAsync(user, ct);
        model.ActivityContents = await ContentsAsync(ct);
        var period = ProjectPickers.PeriodOf(model.Year, VietnamTime.Today(clock));
        model.Period = period;
        model.Organisations = await ProjectPickers.OrganisationsAsync(db, scope, actor, period, ct);
        // Only the chosen beneficiaries are listed; the picker searches the rest (Establishments/Picker/Search).
        var chosen = model.BeneficiaryIds;
        var beneficiaries = await db.Establishments.AsNoTracking().InScope(scope).Where(e => chosen.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.TaxCode, e.SearchKey }).ToListAsync(ct);
        model.Establishments = [.. beneficiaries.OrderBy(e => e.SearchKey, StringComparer.Ordinal).ThenBy(e => e.Id)
            .Select(e => new SelectListItem(Establishments.EstablishmentPickerItem.Label(e.Name, e.TaxCode),
                e.Id.ToString(), true))];
        model.LocationChain = await LocationChainAsync(model, scope, ct);
        model.LegalForms = await db.LegalForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder)
            .Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToListAsync(ct);
    }

    /// <summary>The active activity contents, in the catalogue's order (the list's filter uses them too).</summary>
    public async Task<IReadOnlyList<SelectListItem>> ContentsAsync(CancellationToken ct) =>
        await db.ActivityContents.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToListAsync(ct);

    /// <summary>
    /// The typed place and the units above it (province first), so the picker shows the choice again after a
    /// refused save; empty when the code is unknown or outside scope.
    /// </summary>
    private async Task<IReadOnlyList<UnitPickerItem>> LocationChainAsync(ProjectFormModel model, UnitScope scope,
        CancellationToken ct)
    {
        if (model.LocationGeneration is not { } generation || string.IsNullOrWhiteSpace(model.LocationCode))
            return [];
        var code = model.LocationCode.Trim();
        var unit = await db.AdministrativeUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Generation == generation && u.Code == code)
            .Select(u => new { u.Id, u.ParentId, GrandparentId = u.Parent != null ? u.Parent.ParentId : null })
            .SingleOrDefaultAsync(ct);
        if (unit is null) return [];
        var ids = new[] { unit.GrandparentId, unit.ParentId, unit.Id }.OfType<int>().ToList();
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.Level, u.Generation }).ToListAsync(ct);
        return [.. units.OrderBy(u => u.Level).Select(u => UnitPickerItem.From(u.Id, u.Code, u.Name,
            u.Level, u.Generation, scope.IncludesUnit(u.Id), localizer))];
    }
}
