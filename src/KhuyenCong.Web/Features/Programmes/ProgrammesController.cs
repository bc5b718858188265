using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Programmes;

/// <summary>
/// Khuyến công programmes: the national one is kept by the ministry officer, a province's own by its
/// department officer. Everyone sees the national programme and the provincial ones in scope.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProgrammesController(AppDbContext db, IUserScopeProvider scopes,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var rows = await db.Programmes.AsNoTracking().InScope(scope)
            .Select(p => new ProgrammeRow(p.Id, p.Name, p.ProvinceUnit != null ? p.ProvinceUnit.Name : null,
                p.StartYear, p.EndYear, p.DecisionNumber, p.DecisionDate, p.ProvinceUnitId))
            .ToListAsync(ct);
        // Programmes have no stored search key and are few: ordered here (see VietnameseText.NameOrder).
        return View(rows.OrderBy(p => p.ProvinceUnitId != null).ThenByDescending(p => p.StartYear)
            .ThenBy(p => p.Name, VietnameseText.NameOrder).ThenBy(p => p.Id).ToList());
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public IActionResult Create() => View("Edit", new ProgrammeFormModel());

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Create(ProgrammeFormModel model, CancellationToken ct)
    {
        // The level follows the role: the ministry officer records the national programme, a department officer the
        // province's.
        AdministrativeUnit? province = null;
        if (!Policies.Allows(User, Policies.MinistryOfficer))
        {
            province = await db.OwnProvinceAsync(User, ct);
            if (province is null)
                ModelState.AddModelError("", localizer[
                    "Tài khoản của bạn không thuộc một đơn vị cấp tỉnh nên không lập được chương trình địa phương."]);
        }
        if (!ModelState.IsValid) return View("Edit", model);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            db.Programmes.Add(new Programme(model.Name!, province, model.StartYear!.Value, model.EndYear!.Value,
                model.DecisionNumber!, model.DecisionDate!.Value));
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã thêm chương trình.");
            return RedirectToAction(nameof(Index));
        }, () => View("Edit", model), ct);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (programme, refusal) = await LoadForChangeAsync(id, ct);
        if (programme is null) return refusal!;
        return View(new ProgrammeFormModel
        {
            Id = id, Version = programme.Version, Name = programme.Name, StartYear = programme.StartYear,
            EndYear = programme.EndYear,
            DecisionNumber = programme.DecisionNumber, DecisionDate = programme.DecisionDate,
        });
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Edit(int id, ProgrammeFormModel model, CancellationToken ct)
    {
        var (programme, refusal) = await LoadForChangeAsync(id, ct);
        if (programme is null) return refusal!;
        if (!ModelState.IsValid) return View(model);
        db.Entry(programme).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            programme.Update(model.Name!, model.StartYear!.Value, model.EndYear!.Value, model.DecisionNumber!,
                model.DecisionDate!.Value);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu chương trình.");
            return RedirectToAction(nameof(Index));
        }, () => View(model), ct);
    }

    private async Task<(Programme? Programme, IActionResult? Refusal)> LoadForChangeAsync(int id, CancellationToken ct)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct);
        var scope = await scopes.GetAsync(User, ct);
        if (programme is null || !scope.Sees(programme)) return (null, NotFound());
        return Policies.Allows(User, Policies.KeepersOf(programme.IsNational)) ? (programme, null) : (null, Forbid());
    }
}

public sealed record ProgrammeRow(int Id, string Name, string? Province, int StartYear, int EndYear,
    string DecisionNumber, DateOnly DecisionDate, int? ProvinceUnitId);
