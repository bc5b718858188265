using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.ReferenceForms;

/// <summary>
/// The official forms list (issue 14): the form number and instrument each official table prints, dated, kept by
/// administrators with the other reference data. A correction changes an entry for all its dates; a new instrument
/// is recorded from its first day, so documents of earlier dates keep the old text (<see cref="OfficialFormCatalog"/>).
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class ReferenceFormsController(AppDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    private OfficialFormReplaceModel? _replacing;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var entries = await db.OfficialForms.AsNoTracking().ToListAsync(ct);
        return View(entries.OrderBy(e => OfficialFormNames.Order(e.Key)).ThenByDescending(e => e.ValidFrom)
            .Select(e => Row(e, today)).ToList());
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var entry = await db.OfficialForms.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        return View(new OfficialFormEditModel
        {
            Id = id, Version = entry.Version, Key = entry.Key, ValidFrom = entry.ValidFrom, ValidTo = entry.ValidTo,
            Number = entry.Number, Instrument = entry.Instrument,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, OfficialFormEditModel model, CancellationToken ct)
    {
        var entry = await db.OfficialForms.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        (model.Id, model.Key, model.ValidFrom, model.ValidTo) = (id, entry.Key, entry.ValidFrom, entry.ValidTo);
        db.Entry(entry).Property(e => e.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            entry.Correct(model.Number!, model.Instrument);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu biểu mẫu.");
            return RedirectToAction(nameof(Index));
        }, () => View(model), ct);
    }

    [HttpGet]
    public async Task<IActionResult> Replace(int id, CancellationToken ct)
    {
        var entry = await db.OfficialForms.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        return View(new OfficialFormReplaceModel
        {
            Id = id, Version = entry.Version, Current = Row(entry, VietnamTime.Today(clock)),
            Number = entry.Number, Instrument = entry.Instrument,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Replace(int id, OfficialFormReplaceModel model, CancellationToken ct)
    {
        var entry = await db.OfficialForms.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        model.Id = id;
        model.Current = Row(entry, VietnamTime.Today(clock));
        _replacing = model;
        db.Entry(entry).Property(e => e.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            db.OfficialForms.Add(entry.ReplaceFrom(model.From!.Value, model.Number!, model.Instrument));
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã ghi nội dung mới của biểu mẫu từ ngày {0}.", model.From.Value.ToString("dd/MM/yyyy"));
            return RedirectToAction(nameof(Index));
        }, () => View(model), ct);
    }

    /// <summary>
    /// Takes back the newest entry of a form, recorded by mistake (a wrong first day or instrument): the entry it
    /// replaced is in force again with no end. The first entry of a form, or one replaced since: 409, nothing changed.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Withdraw(int id, long version, CancellationToken ct)
    {
        var entry = await db.OfficialForms.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        var dayBefore = entry.ValidFrom.AddDays(-1);
        var replaced = await db.OfficialForms.SingleOrDefaultAsync(e => e.Key == entry.Key && e.ValidTo == dayBefore,
            ct);
        return await this.SaveOrNoticeAsync(async () =>
        {
            if (replaced is null)
                throw new WorkflowException("Đây là nội dung đầu tiên của biểu mẫu: không có lần thay thế nào để hủy.");
            replaced.Reopen(entry);
            db.OfficialForms.Remove(entry);
            await db.SaveChangesAsync(ct);
        }, localizer["Đã hủy nội dung áp dụng từ ngày {0}; nội dung trước đó áp dụng trở lại.",
            entry.ValidFrom.ToString("dd/MM/yyyy")].Value, RedirectToAction(nameof(Index)));
    }

    /// <summary>A replacement of an entry already replaced (a stale page): 409, the form again with the typed values
    /// and the reason, nothing saved.</summary>
    IActionResult IRefusalPages.Refused(int statusCode, string message)
    {
        if (_replacing is null) return StatusCode(statusCode);
        ModelState.AddModelError("", message);
        var view = View(nameof(Replace), _replacing);
        view.StatusCode = statusCode;
        return view;
    }

    private static OfficialFormRow Row(OfficialForm e, DateOnly today) =>
        new(e.Id, e.Key, e.Number, e.Instrument, e.ValidFrom, e.ValidTo, e.InForceOn(today), e.Version);
}
