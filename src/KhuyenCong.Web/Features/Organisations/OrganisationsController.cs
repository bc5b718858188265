using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Organisations;

/// <summary>The directory of organisations (everyone, within scope) and its upkeep (administrators).</summary>
public sealed class OrganisationsController(
    AppDbContext db, IUserScopeProvider scopes, IAuthorizationService authorization, TimeProvider clock,
    Users.AdministratorGuard administrators,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    public async Task<IActionResult> Index(string? q, OrganisationKind? kind, bool closed = false, int page = 1,
        CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(User, ct);
        var query = db.Organisations.AsNoTracking().InScope(scope);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var key = VietnameseText.SearchKey(q);
            query = query.Where(o => o.SearchKey.Contains(key));
        }
        if (kind is not null) query = query.Where(o => o.Kind == kind);
        if (!closed) query = query.Where(o => o.ValidTo == null);

        var list = await query.OrderBy(o => o.Kind).ThenBy(o => o.SearchKey).ThenBy(o => o.Id)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, o.ScopeUnit != null ? o.ScopeUnit.Name : null,
                o.ScopeUnit != null ? o.ScopeUnit.Generation : null, o.ValidFrom, o.ValidTo))
            .ToPagedListAsync(page, ct: ct);
        return View(new OrganisationIndexViewModel { Q = q, Kind = kind, Closed = closed, List = list });
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await OrganisationPage.LoadAsync(db, id, Policies.Allows(User, Policies.Administration), ct);
        if (model is null || !await InScopeAsync(model.Organisation)) return NotFound();
        return View(model);
    }

    [Authorize(Policy = Policies.Administration)]
    [HttpGet]
    public IActionResult Create() => View("Edit", new OrganisationFormModel { ValidFrom = VietnamTime.Today(clock) });

    [Authorize(Policy = Policies.Administration)]
    [HttpPost]
    public async Task<IActionResult> Create(OrganisationFormModel model, CancellationToken ct)
    {
        var unit = await ResolveUnitAsync(model, ct);
        if (!ModelState.IsValid) return View("Edit", model);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var organisation = new Organisation(model.Name, model.Kind!.Value, unit, model.ValidFrom!.Value);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã thêm đơn vị.");
            return RedirectToAction(nameof(Details), new { id = organisation.Id });
        }, () => View("Edit", model), ct);
    }

    [Authorize(Policy = Policies.Administration)]
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().Include(x => x.ScopeUnit)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return NotFound();
        return View(new OrganisationFormModel
        {
            Id = o.Id, Name = o.Name, Kind = o.Kind, ValidFrom = o.ValidFrom, Version = o.Version,
            UnitGeneration = o.ScopeUnit?.Generation, UnitCode = o.ScopeUnit?.Code, UnitName = o.ScopeUnit?.Name,
        });
    }

    [Authorize(Policy = Policies.Administration)]
    [HttpPost]
    public async Task<IActionResult> Edit(int id, OrganisationFormModel model, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        var unit = await ResolveUnitAsync(model, ct);
        if (!ModelState.IsValid) return View(model);
        db.Entry(organisation).Property(o => o.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            organisation.Update(model.Name, model.Kind!.Value, unit, model.ValidFrom!.Value);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu thay đổi.");
            return RedirectToAction(nameof(Details), new { id });
        }, () => View(model), ct);
    }

    [Authorize(Policy = Policies.Administration)]
    [HttpPost]
    public async Task<IActionResult> Close(int id, DateOnly? lastDay, long version, CancellationToken ct)
    {
        // Its users keep reading but change nothing: the portal keeps at least one administrator elsewhere.
        if (!await administrators.OthersRemainAsync(null, id, ct))
        {
            TempData["Error"] = Users.AdministratorGuard.LastAdministrator;
            return RedirectToAction(nameof(Details), new { id });
        }
        return await ChangeStateAsync(id, version, o => o.Close(lastDay ?? VietnamTime.Today(clock)),
            "Đơn vị đã ngừng hoạt động; tài khoản của đơn vị vẫn đăng nhập và chỉ xem được hồ sơ.", ct);
    }

    [Authorize(Policy = Policies.Administration)]
    [HttpPost]
    public Task<IActionResult> Reopen(int id, long version, CancellationToken ct) =>
        ChangeStateAsync(id, version, o => o.Reopen(), "Đơn vị hoạt động trở lại.", ct);

    /// <summary>
    /// Applies a state change (a button, no typed values) checked against the version the administrator saw; a
    /// refusal becomes the page's notice (the refusal path for buttons), a state refusal the page with its status.
    /// </summary>
    private async Task<IActionResult> ChangeStateAsync(int id, long version, Action<Organisation> change, string notice,
        CancellationToken ct)
    {
        // With its successor links: reopening removes them, or the successors would keep acting for it.
        var organisation = await db.Organisations.Include(o => o.Successors).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        db.Entry(organisation).Property(o => o.Version).OriginalValue = version;
        return await this.SaveOrNoticeAsync(() =>
        {
            change(organisation);
            return db.SaveChangesAsync(ct);
        }, notice, RedirectToAction(nameof(Details), new { id }));
    }

    /// <summary>A state refusal of a close or reopen (409): the organisation's page with the reason, not a bare
    /// status page.</summary>
    IActionResult IRefusalPages.Refused(int statusCode, string message) => RefusedForm.Again(this, statusCode, message,
        () => OrganisationPage.AgainAsync(this, db, Convert.ToInt32(RouteData.Values["id"],
            System.Globalization.CultureInfo.InvariantCulture), HttpContext.RequestAborted));

    private async Task<bool> InScopeAsync(Organisation organisation) =>
        (await authorization.AuthorizeAsync(User, organisation, Policies.InScope)).Succeeded;

    /// <summary>Finds the scope unit typed as a statistics-office code; ministry kinds need none.</summary>
    private async Task<Domain.AdministrativeUnits.AdministrativeUnit?>
        ResolveUnitAsync(OrganisationFormModel model, CancellationToken ct)
    {
        if (model.Kind is null || Organisation.IsNationwide(model.Kind.Value)) return null;
        if (string.IsNullOrWhiteSpace(model.UnitCode) || model.UnitGeneration is null)
        {
            ModelState.AddModelError(nameof(model.UnitCode),
                localizer["Vui lòng chọn thế hệ địa giới và nhập mã đơn vị hành chính phụ trách."]);
            return null;
        }
        var code = model.UnitCode.Trim();
        var unit = await db.AdministrativeUnits.SingleOrDefaultAsync(u =>
            u.Generation == model.UnitGeneration && u.Code == code, ct);
        if (unit is null)
            ModelState.AddModelError(nameof(model.UnitCode),
                localizer["Không có đơn vị hành chính mã {0} trong danh mục đã chọn.", code]);
        else if (unit.Generation == UnitGeneration.Legacy && model.ValidFrom is { } from
                 && from > AdministrativeUnit.LegacyValidTo)
        {
            // An organisation that starts after the reform works for today's units (DOMAIN §10).
            var replacement = await db.UnitReplacementAsync(unit, ct);
            this.TryBuild<object?>(nameof(model.UnitCode), () =>
            {
                ReferencePeriod.ForDate(from).Require(unit, replacement);
                return null;
            }, out _);
        }
        return unit;
    }
}
