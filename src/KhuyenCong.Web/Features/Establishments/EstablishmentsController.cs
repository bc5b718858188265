using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Establishments;

/// <summary>The registry of rural industrial establishments (producers), shared by product entries and
/// projects.</summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class EstablishmentsController(AppDbContext db, IUserScopeProvider scopes,
    IAuthorizationService authorization, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(User, ct);
        var query = db.Establishments.AsNoTracking().InScope(scope);
        var key = VietnameseText.SearchKey(q);
        // Accent-free search on the name, or an exact tax code.
        if (key.Length > 0) query = query.Where(e => e.SearchKey.Contains(key) || e.TaxCode == q!.Trim());
        var list = await query.OrderBy(e => e.SearchKey).ThenBy(e => e.Id)
            .Select(e => new EstablishmentRow(e.Id, e.Name, e.LegalForm!.Name, e.TaxCode,
                e.AddressUnit!.Name, e.CraftVillage, e.AddressUnitId))
            .ToPagedListAsync(page, ct: ct);
        var places = await db.UnitPlacesAsync(list.Items.Select(r => r.UnitId), ct);
        foreach (var row in list.Items) row.Place = places.GetValueOrDefault(row.UnitId);
        return View(new EstablishmentIndexViewModel { Q = q, List = list });
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var e = await db.Establishments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || !await InScopeAsync(e)) return NotFound();
        var model = await db.Establishments.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new EstablishmentDetailsViewModel(x.Id, x.Name, x.LegalForm!.Name, x.TaxCode,
                x.AddressUnit!.Name, x.AddressUnit.Code,
                x.Address, x.CraftVillage, x.OwnerIsWoman, x.OwnerIsEthnicMinority, x.UpdatedAtUtc, x.UpdatedBy))
            .SingleAsync(ct);
        return View(model with { Place = await db.UnitPlaceAsync(e.AddressUnitId, ct) });
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Edit", await WithListsAsync(new EstablishmentFormModel(), ct));

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> Create(EstablishmentFormModel model, CancellationToken ct)
    {
        var unit = await EstablishmentChecks.CheckAsync(this, db, scopes, clock, model, kept: null, ct);
        if (!ModelState.IsValid || unit is null) return View("Edit", await WithListsAsync(model, ct));
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var establishment = new Establishment(model.Name, model.LegalFormId!.Value, unit,
                model.Address, model.TaxCode,
                model.CraftVillage, model.OwnerIsWoman, model.OwnerIsEthnicMinority);
            db.Establishments.Add(establishment);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã thêm cơ sở.");
            return RedirectToAction(nameof(Details), new { id = establishment.Id });
        }, async () => View("Edit", await WithListsAsync(model, ct)), ct);
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var e = await db.Establishments.AsNoTracking().Include(x => x.AddressUnit)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || !await InScopeAsync(e)) return NotFound();
        return View(await WithListsAsync(new EstablishmentFormModel
        {
            Id = e.Id, Version = e.Version, Name = e.Name, LegalFormId = e.LegalFormId, TaxCode = e.TaxCode,
            UnitGeneration = e.AddressUnit!.Generation, UnitCode = e.AddressUnit.Code, UnitName = e.AddressUnit.Name,
            Address = e.Address, CraftVillage = e.CraftVillage, OwnerIsWoman = e.OwnerIsWoman,
            OwnerIsEthnicMinority = e.OwnerIsEthnicMinority,
            KeepsLegacyUnit = e.AddressUnit.Generation == UnitGeneration.Legacy,
        }, ct));
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> Edit(int id, EstablishmentFormModel model, CancellationToken ct)
    {
        var establishment = await db.Establishments.Include(x => x.AddressUnit)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (establishment is null || !await InScopeAsync(establishment)) return NotFound();
        model.Id = id;
        model.KeepsLegacyUnit = establishment.AddressUnit!.Generation == UnitGeneration.Legacy;
        var unit = await EstablishmentChecks.CheckAsync(this, db, scopes, clock, model, establishment.AddressUnit, ct);
        if (!ModelState.IsValid || unit is null) return View(await WithListsAsync(model, ct));
        db.Entry(establishment).Property(x => x.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            establishment.Update(model.Name, model.LegalFormId!.Value, unit, model.Address, model.TaxCode,
                model.CraftVillage, model.OwnerIsWoman, model.OwnerIsEthnicMinority);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu thay đổi.");
            return RedirectToAction(nameof(Details), new { id });
        }, async () => View(await WithListsAsync(model, ct)), ct);
    }

    private async Task<bool> InScopeAsync(Establishment establishment) =>
        (await authorization.AuthorizeAsync(User, establishment, Policies.InScope)).Succeeded;

    private async Task<EstablishmentFormModel> WithListsAsync(EstablishmentFormModel model, CancellationToken ct)
    {
        var forms = await db.LegalForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder)
            .Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        model.LegalForms = [.. forms.Select(f => (f.Id, f.Name))];
        return model;
    }
}
