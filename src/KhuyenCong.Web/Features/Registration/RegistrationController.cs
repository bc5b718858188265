using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// The KCQG registration rounds (DOMAIN §11 steps 1 and 3): the ministry opens one per plan year with a deadline and
/// an indicative figure per province, changes or closes it, and consolidates the packages; a province user finds its
/// own package from here. Outside the user's area → 404, role missing → 403, a closed round → 409.
/// </summary>
[Authorize(Policy = Policies.RegistrationReaders)]
public sealed class RegistrationController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer,
    Notifications.NotificationEvents notify)
    : Controller, IRefusalPages
{
    private const string Duplicate = "Đã có đợt đăng ký kế hoạch KCQG cho năm này.";
    private const string MissingFigure = "Hãy nhập số kiểm tra cho từng tỉnh (0 nếu không giao).";
    private const string ClosedText = "Đợt đăng ký kế hoạch KCQG năm {0} đã đóng; không thay đổi được nữa.";

    /// <summary>The page a refused step answers with (the round's form as typed, or its page); set by the step.
    /// </summary>
    private Func<Task<ViewResult>>? _refusedPage;
    private string?[] _typed = [];

    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var own = (await db.OwnProvinceAsync(User, ct))?.Id;
        var rows = await db.RegistrationRounds.AsNoTracking().OrderByDescending(r => r.Year)
            .Select(r => new RoundListRow(r.Id, r.Year, r.OpenedOn, r.Deadline, r.Status, r.Figures.Count,
                db.RegistrationPackages.Count(p => p.RoundId == r.Id && p.Status == PackageStatus.Submitted))
            {
                OwnStatus = db.RegistrationPackages.Where(p => p.RoundId == r.Id && p.ProvinceUnitId == own)
                    .Select(p => (PackageStatus?)p.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return View(new RoundIndexViewModel(rows, Policies.Allows(User, Policies.MinistryOfficer), own, Today));
    }

    /// <summary>The round: the consolidation for nationwide users, the user's own package for a province.</summary>
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        if (!scope.IsNationwide)
        {
            var own = await db.OwnProvinceAsync(User, ct);
            var listed = own is not null && await db.RegistrationRounds
                .AnyAsync(r => r.Id == id && r.Figures.Any(f => f.ProvinceUnitId == own.Id), ct);
            return listed ? RedirectToAction("Show", "RegistrationPackages", new { roundId = id, provinceId = own!.Id })
                : NotFound();
        }
        var model = await DetailsPageAsync(id, ct);
        return model is null ? NotFound() : model;
    }

    [Authorize(Policy = Policies.MinistryOfficer)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new RoundFormModel { Year = Today.Year + 1, Deadline = Today.AddDays(30) };
        form.Figures = (await RegistrationProvinces.OnAsync(db, Today, ct))
            .Select(p => new RoundFormModel.FigureLine { ProvinceUnitId = p.Id, Name = p.Name }).ToList();
        return View("Form", form);
    }

    [HttpPost]
    [Authorize(Policy = Policies.MinistryOfficer)]
    public async Task<IActionResult> Create(RoundFormModel form, CancellationToken ct)
    {
        var offered = await RegistrationProvinces.OnAsync(db, Today, ct);
        var figures = ReadFigures(form, offered.Select(p => p.Id));
        if (form.Year is { } year && await db.RegistrationRounds.AnyAsync(r => r.Year == year, ct))
            ModelState.AddModelError(nameof(form.Year), Duplicate);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var round = new RegistrationRound(form.Year!.Value, Today, form.Deadline!.Value, form.Note, figures);
            db.RegistrationRounds.Add(round);
            await notify.RegistrationOpenedAsync(round, ct);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã mở đợt đăng ký kế hoạch KCQG.");
            return RedirectToAction(nameof(Details), new { id = round.Id });
        }, () => FormAgain(form, offered), ct, duplicate: Duplicate);
    }

    [Authorize(Policy = Policies.MinistryOfficer)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var round = await db.RegistrationRounds.AsNoTracking().Include(r => r.Figures)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        if (!round.IsOpen)
        {
            _refusedPage = async () => (await DetailsPageAsync(id, ct))!;
            return Refused(StatusCodes.Status409Conflict, localizer[ClosedText, round.Year].Value);
        }
        var names = await ProvinceNamesAsync(round, ct);
        var form = new RoundFormModel
        {
            Id = id, Version = round.Version, Year = round.Year, Deadline = round.Deadline, Note = round.Note,
            Figures = names.Select(p => new RoundFormModel.FigureLine
            {
                ProvinceUnitId = p.Id, Name = p.Name, Amount = round.IndicativeFor(p.Id),
            }).ToList(),
        };
        return View("Form", form);
    }

    [HttpPost]
    [Authorize(Policy = Policies.MinistryOfficer)]
    public async Task<IActionResult> Edit(int id, RoundFormModel form, CancellationToken ct)
    {
        var round = await db.RegistrationRounds.Include(r => r.Figures).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        var names = await ProvinceNamesAsync(round, ct);
        var figures = ReadFigures(form, names.Select(p => p.Id));
        // The year names the round; it is not changed here.
        ModelState.Remove(nameof(form.Year));
        form.Id = id;
        form.Year = round.Year;
        db.Entry(round).Property(r => r.Version).OriginalValue = form.Version;
        _typed = [VietnamTime.Date(form.Deadline), form.Note];
        _refusedPage = () =>
        {
            db.ChangeTracker.Clear();
            return Task.FromResult(FormAgain(form, names));
        };
        return await this.SaveOrShowFormAsync(form, async () =>
        {
            round.Update(form.Deadline!.Value, form.Note, figures);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu đợt đăng ký.");
            return RedirectToAction(nameof(Details), new { id });
        }, () =>
        {
            db.ChangeTracker.Clear();
            return FormAgain(form, names);
        }, ct);
    }

    [HttpPost]
    [Authorize(Policy = Policies.MinistryOfficer)]
    public async Task<IActionResult> Close(int id, long version, CancellationToken ct)
    {
        var round = await db.RegistrationRounds.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        db.Entry(round).Property(r => r.Version).OriginalValue = version;
        _refusedPage = async () =>
        {
            db.ChangeTracker.Clear();
            return (await DetailsPageAsync(id, ct))!;
        };
        return await this.SaveOrNoticeAsync(async () =>
        {
            round.Close(Today);
            await db.SaveChangesAsync(ct);
        }, "Đã đóng đợt đăng ký; không nhận thêm hồ sơ.", RedirectToAction(nameof(Details), new { id }));
    }

    private DateOnly Today => VietnamTime.Today(clock);

    /// <summary>
    /// The figures typed for the provinces the round is addressed to; a line for any other province is ignored
    /// (never trusted from the form), a province left blank is a message on its line.
    /// </summary>
    private Dictionary<int, Vnd> ReadFigures(RoundFormModel form, IEnumerable<int> provinces)
    {
        var allowed = provinces.ToHashSet();
        var figures = new Dictionary<int, Vnd>();
        for (var i = 0; i < form.Figures.Count; i++)
        {
            var line = form.Figures[i];
            if (!allowed.Contains(line.ProvinceUnitId)) continue;
            if (line.Amount is { } amount) figures[line.ProvinceUnitId] = amount;
            else if (ModelState.GetFieldValidationState($"Figures[{i}].Amount")
                     != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.AddModelError($"Figures[{i}].Amount", MissingFigure);
        }
        if (allowed.Except(figures.Keys).Any() && ModelState.IsValid)
            ModelState.AddModelError("", MissingFigure);
        return figures;
    }

    private ViewResult FormAgain(RoundFormModel form, IReadOnlyList<(int Id, string Name)> provinces)
    {
        var typed = form.Figures.GroupBy(f => f.ProvinceUnitId).ToDictionary(g => g.Key, g => g.First().Amount);
        form.Figures = provinces.Select(p => new RoundFormModel.FigureLine
        {
            ProvinceUnitId = p.Id, Name = p.Name, Amount = typed.GetValueOrDefault(p.Id),
        }).ToList();
        return View("Form", form);
    }

    private async Task<List<(int Id, string Name)>> ProvinceNamesAsync(RegistrationRound round, CancellationToken ct)
    {
        var ids = round.Figures.Select(f => f.ProvinceUnitId).ToList();
        var rows = await db.AdministrativeUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Name, VietnameseText.NameOrder).Select(r => (r.Id, r.Name)).ToList();
    }

    /// <summary>The round's consolidation page (nationwide readers), null when there is no such round.</summary>
    private async Task<ViewResult?> DetailsPageAsync(int id, CancellationToken ct)
    {
        var model = await ConsolidationQuery.LoadAsync(db, id, Today,
            Policies.Allows(User, Policies.MinistryOfficer), ct);
        return model is null ? null : View(nameof(Details), model);
    }

    /// <summary>A refused step: the page the step set (its form as typed, or the round's page) with the reason.
    /// </summary>
    private IActionResult Refused(int status, string message) =>
        _refusedPage is { } page
            ? this.PageWithRefusal(status, message, page, _typed)
            : new StatusCodeResult(status);

    IActionResult IRefusalPages.Refused(int statusCode, string message) => Refused(statusCode, message);
}
