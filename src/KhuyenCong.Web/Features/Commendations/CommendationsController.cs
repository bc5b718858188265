using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Commendations;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Commendations;

/// <summary>Commendations (Bằng khen) to organisations and individuals: recorded by ministry and department officers,
/// listed in scope.</summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class CommendationsController(AppDbContext db, IUserScopeProvider scopes) : Controller
{
    public async Task<IActionResult> Index(string? q, RecipientKind? kind, int? year, int page = 1,
        CancellationToken ct = default)
    {
        var list = await (await FilteredAsync(q, kind, year, ct)).ToPagedListAsync(page, ct: ct);
        return View(new CommendationIndexViewModel { Q = q, Kind = kind, Year = year, List = list });
    }

    /// <summary>The same filtered list as the page, all rows, as an official table.</summary>
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Export(string? q, RecipientKind? kind, int? year, CancellationToken ct)
    {
        var rows = await (await FilteredAsync(q, kind, year, ct)).ToListAsync(ct);
        var table = new OfficialTable("Khen thuong", "DANH SÁCH KHEN THƯỞNG",
        [
            new("STT", 6, ExcelCellKind.Integer), new("Tập thể/cá nhân", 36), new("Đối tượng", 12), new("Đơn vị", 36),
            new("Hình thức", 36), new("Giai đoạn", 12), new("Số quyết định", 16),
            new("Ngày quyết định", 14, ExcelCellKind.Date), new("Lý do", 50),
        ]) { UnitLine = "" };
        var i = 0;
        foreach (var r in rows)
            table.Row(++i, r.Recipient, r.Kind == RecipientKind.Organisation ? "Tập thể" : "Cá nhân",
                r.RecipientOrganisation, r.Form,
                $"{r.PeriodFrom}–{r.PeriodTo}", r.DecisionNumber, r.DecisionDate, r.Reason);
        return await this.OfficialExcelAsync("khen-thuong.xlsx", table);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public IActionResult Create() => View(new CommendationFormModel());

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Create(CommendationFormModel model, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(model);
        // The record belongs to the recording officer's area: a province's commendations stay in that province's scope.
        var unitId = (await scopes.GetOrganisationAsync(User, ct))?.ScopeUnitId;
        AdministrativeUnit? unit = unitId is null ? null
            : await db.AdministrativeUnits.SingleAsync(u => u.Id == unitId, ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            db.Commendations.Add(new Commendation(model.Kind!.Value, model.Recipient,
                model.RecipientOrganisation, model.Form,
                model.PeriodFrom!.Value, model.PeriodTo!.Value, model.DecisionNumber,
                model.DecisionDate!.Value, model.Reason, unit));
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã ghi nhận khen thưởng.");
            return RedirectToAction(nameof(Index));
        }, () => View(model), ct);
    }

    private async Task<IQueryable<CommendationRow>> FilteredAsync(string? q, RecipientKind? kind,
        int? year, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var query = db.Commendations.AsNoTracking().InScope(scope);
        var key = VietnameseText.SearchKey(q);
        if (key.Length > 0) query = query.Where(c => c.SearchKey.Contains(key));
        if (kind is not null) query = query.Where(c => c.Kind == kind);
        if (year is not null) query = query.Where(c => c.PeriodFrom <= year && year <= c.PeriodTo);
        return query.OrderByDescending(c => c.DecisionDate).ThenBy(c => c.Kind).ThenBy(c => c.Id)
            .Select(c => new CommendationRow(c.Id, c.Kind, c.Recipient, c.RecipientOrganisation, c.Form,
                c.PeriodFrom, c.PeriodTo,
                c.DecisionNumber, c.DecisionDate, c.Reason, c.Unit != null ? c.Unit.Name : null));
    }
}
