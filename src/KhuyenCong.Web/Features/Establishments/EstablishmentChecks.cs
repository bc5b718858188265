using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Establishments;

/// <summary>
/// The checks of an establishment form that need the database, shared by the establishment pages and the picker's
/// "add new": the address unit, the tax code and the legal form. Refusals become messages on their fields.
/// </summary>
public static class EstablishmentChecks
{
    /// <returns>The address unit when it is acceptable; null otherwise (the reason is in the model state).</returns>
    public static async Task<AdministrativeUnit?> CheckAsync(Controller controller, AppDbContext db,
        IUserScopeProvider scopes, TimeProvider clock, EstablishmentFormModel model, AdministrativeUnit? kept,
        CancellationToken ct)
    {
        var unit = await ResolveUnitAsync(controller, db, scopes, clock, model, kept, ct);
        if (!string.IsNullOrWhiteSpace(model.TaxCode))
        {
            var tax = model.TaxCode.Trim();
            if (await db.Establishments.AnyAsync(e => e.TaxCode == tax && e.Id != model.Id, ct))
                controller.ModelState.AddModelError(nameof(model.TaxCode),
                    Localized(controller, "Mã số thuế này đã có trong danh sách cơ sở."));
        }
        if (model.LegalFormId is { } legalForm && !await db.LegalForms.AnyAsync(l =>
            l.Id == legalForm && l.IsActive, ct))
            controller.ModelState.AddModelError(nameof(model.LegalFormId),
                Localized(controller, "Loại hình cơ sở không có trong danh mục."));
        return unit;
    }

    /// <summary>The address unit by statistics-office code; it must lie in the officer's scope (an id from a form is
    /// never trusted) and be a unit in force today, unless it is the legacy unit the record already has
    /// (<paramref name="kept"/>): a record keeps what it was entered with, a new address is a current unit.</summary>
    private static async Task<AdministrativeUnit?> ResolveUnitAsync(Controller controller, AppDbContext db,
        IUserScopeProvider scopes, TimeProvider clock, EstablishmentFormModel model, AdministrativeUnit? kept,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(model.UnitCode) || model.UnitGeneration is null) return null;
        var code = model.UnitCode.Trim();
        var scope = await scopes.GetAsync(controller.User, ct);
        var unit = await db.AdministrativeUnits.InScope(scope).SingleOrDefaultAsync(u =>
            u.Generation == model.UnitGeneration && u.Code == code, ct);
        if (unit is null)
        {
            controller.ModelState.AddModelError(nameof(model.UnitCode), Localized(controller,
                "Không có đơn vị hành chính mã {0} trong địa bàn bạn phụ trách.", code));
            return null;
        }
        var today = ReferencePeriod.ForDate(VietnamTime.Today(clock));
        if (unit.Id != kept?.Id && !today.Allows(unit))
        {
            var replacement = await db.UnitReplacementAsync(unit, ct);
            return controller.TryBuild(nameof(model.UnitCode), () =>
            {
                today.Require(unit, replacement);
                return unit;
            }, out _) ? unit : null;
        }
        return unit;
    }

    private static string Localized(Controller controller, string text, params object[] arguments) =>
        controller.HttpContext.RequestServices
            .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()[text, arguments];
}
