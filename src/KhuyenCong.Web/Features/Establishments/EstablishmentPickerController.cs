using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Establishments;

/// <summary>
/// The beneficiary picker of the project form (issue 15): search-as-you-type over the establishments of the user's
/// scope, a page at a time, and "add new" in place. Out of scope is never listed; a new one must lie in scope.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
[Route("Establishments/Picker")]
public sealed class EstablishmentPickerController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock)
    : Controller
{
    public const int PageSize = 20;

    /// <summary>Establishments whose name contains the words typed (accents and case ignored) or whose tax code is
    /// the one typed, ordered by name; <c>more</c> says another page exists.</summary>
    [HttpGet("Search")]
    public async Task<IActionResult> Search(string? q, int page = 1, CancellationToken ct = default)
    {
        page = Math.Clamp(page, 1, 10_000);
        var scope = await scopes.GetAsync(User, ct);
        var query = db.Establishments.AsNoTracking().InScope(scope);
        var key = VietnameseText.SearchKey(q);
        var tax = q?.Trim();
        if (key.Length > 0) query = query.Where(e => e.SearchKey.Contains(key) || e.TaxCode == tax);
        var rows = await query.OrderBy(e => e.SearchKey).ThenBy(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new { e.Id, e.Name, e.TaxCode, Unit = e.AddressUnit!.Name })
            .ToListAsync(ct);
        return Json(new EstablishmentPickerPage(
            [.. rows.Take(PageSize).Select(e => new EstablishmentPickerItem(e.Id, EstablishmentPickerItem.Label(
                e.Name, e.TaxCode), e.Unit))],
            rows.Count > PageSize));
    }

    /// <summary>
    /// "Add new" from the picker: the establishment form's rules (name, legal form, a current commune in scope,
    /// a tax code not yet used); 400 with the messages by field when refused, nothing saved.
    /// </summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpPost("Create")]
    public async Task<IActionResult> Create(EstablishmentFormModel model, CancellationToken ct)
    {
        model.Id = 0;
        var unit = await EstablishmentChecks.CheckAsync(this, db, scopes, clock, model, kept: null, ct);
        if (!ModelState.IsValid || unit is null) return ValidationProblem(ModelState);
        Establishment? created = null;
        if (!this.TryBuild(nameof(model.Name), () => new Establishment(model.Name, model.LegalFormId!.Value, unit,
                model.Address, model.TaxCode, model.CraftVillage, model.OwnerIsWoman, model.OwnerIsEthnicMinority),
                out created))
            return ValidationProblem(ModelState);
        db.Establishments.Add(created!);
        await db.SaveChangesAsync(ct);
        return Json(new EstablishmentPickerItem(created!.Id, EstablishmentPickerItem.Label(created.Name,
            created.TaxCode), unit.Name));
    }
}
