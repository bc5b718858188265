using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.SupportCaps;

/// <summary>
/// Support caps (DOMAIN §5): the ministry officer keeps the national rules, a department officer adds the
/// province's own rules for the local fund. Rules are ended, never deleted, because past approvals used them.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class SupportCapsController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var rows = await db.SupportCaps.AsNoTracking().InScope(scope)
            .OrderBy(c => c.ProvinceUnitId != null).ThenBy(c => c.Fund).ThenBy(c => c.ActivityContent!.SortOrder)
            .Select(c => new CapRow(c.Id, c.Name, c.Fund, c.ActivityContent!.Name,
                c.ProvinceUnitId == null ? null : db.AdministrativeUnits.Where(u => u.Id == c.ProvinceUnitId)
                    .Select(u => u.Name).FirstOrDefault(),
                c.MaxPercent, new Vnd(c.CapAmountDong), c.Multiplier, c.Condition, c.LegalInstrument, c.LegalArticle,
                c.ValidFrom, c.ValidTo, c.Version, c.ProvinceUnitId))
            .ToListAsync(ct);
        return View(rows);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await FormAsync(new CapFormModel { ValidFrom = VietnamTime.Today(clock),
            Fund = Policies.Allows(User, Policies.MinistryOfficer) ? Fund.Kcqg : Fund.Kcdp }, ct);

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Create(CapFormModel model, CancellationToken ct)
    {
        // The ministry's rules are national; a department officer's apply to the local fund of their own province.
        int? province = null;
        if (!Policies.Allows(User, Policies.MinistryOfficer))
        {
            province = (await db.OwnProvinceAsync(User, ct))?.Id;
            if (province is null) ModelState.AddModelError("",
                localizer["Tài khoản của bạn không thuộc đơn vị cấp tỉnh nên không lập được quy định riêng."]);
            if (model.Fund != Fund.Kcdp) ModelState.AddModelError(nameof(model.Fund),
                localizer["Tỉnh chỉ quy định mức hỗ trợ cho nguồn KCĐP."]);
        }
        if (model.ActivityContentId is { } content && !await db.ActivityContents.AnyAsync(c =>
            c.Id == content && c.IsActive, ct))
            ModelState.AddModelError(nameof(model.ActivityContentId),
                localizer["Nội dung khuyến công không có trong danh mục."]);
        if (!ModelState.IsValid) return await FormAsync(model, ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            // Without a legal basis the domain refuses the rule, naming what is missing (DOMAIN §10).
            db.SupportCaps.Add(new SupportCap(model.Name!, model.Fund!.Value, model.ActivityContentId!.Value, province,
                model.MaxPercent!.Value, model.CapAmount!.Value, model.Multiplier, model.Condition,
                model.LegalInstrument ?? "", model.LegalArticle ?? "", model.ValidFrom!.Value, model.ValidTo));
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã thêm quy định mức hỗ trợ.");
            return RedirectToAction(nameof(Index));
        }, () => FormAsync(model, ct), ct);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> End(int id, long version, DateOnly? lastDay, CancellationToken ct)
    {
        var (cap, refusal) = await LoadForChangeAsync(id, ct);
        if (cap is null) return refusal!;
        db.Entry(cap).Property(c => c.Version).OriginalValue = version;
        return await this.SaveOrNoticeAsync(() =>
        {
            cap.End(lastDay ?? VietnamTime.Today(clock));
            return db.SaveChangesAsync(ct);
        }, "Quy định đã hết hiệu lực.", RedirectToAction(nameof(Index)));
    }

    /// <summary>The legal basis of a rule can be completed or corrected; its figures and dates cannot.</summary>
    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> LegalBasis(int id, CancellationToken ct)
    {
        var (cap, refusal) = await LoadForChangeAsync(id, ct);
        if (cap is null) return refusal!;
        return View(new CapBasisFormModel
        {
            Id = id, Version = cap.Version, Name = cap.Name, LegalInstrument = cap.LegalInstrument,
            LegalArticle = cap.LegalArticle,
        });
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> LegalBasis(int id, CapBasisFormModel model, CancellationToken ct)
    {
        var (cap, refusal) = await LoadForChangeAsync(id, ct);
        if (cap is null) return refusal!;
        model.Name = cap.Name;
        db.Entry(cap).Property(c => c.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            cap.ChangeLegalBasis(model.LegalInstrument ?? "", model.LegalArticle ?? "");
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu căn cứ pháp lý.");
            return RedirectToAction(nameof(Index));
        }, () => View(model), ct);
    }

    /// <summary>A national rule is the ministry officer's, a province's rule its department officer's.</summary>
    private async Task<(SupportCap? Cap, IActionResult? Refusal)> LoadForChangeAsync(int id, CancellationToken ct)
    {
        var cap = await db.SupportCaps.SingleOrDefaultAsync(c => c.Id == id, ct);
        var scope = await scopes.GetAsync(User, ct);
        if (cap is null || !scope.Sees(cap)) return (null, NotFound());
        var mayChange = Policies.Allows(User, Policies.KeepersOf(national: cap.ProvinceUnitId is null));
        return mayChange ? (cap, null) : (null, Forbid());
    }

    private async Task<IActionResult> FormAsync(CapFormModel model, CancellationToken ct)
    {
        model.Contents = await db.ActivityContents.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToListAsync(ct);
        return View("Edit", model);
    }
}
