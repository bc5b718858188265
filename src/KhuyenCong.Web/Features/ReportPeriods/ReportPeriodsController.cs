using System.Globalization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Registration;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>
/// Report periods (DOMAIN §11 step 6): the ministry sets the 6-month and annual periods of a year with their deadline;
/// the period's page shows, per province, who has reported (late or on time), who has not, and the national figures
/// summed from the frozen reports. A province's users see their own province only.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ReportPeriodsController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock)
    : Controller, IRefusalPages
{
    /// <summary>The form a refused step had typed: the list page shows it again with the reason.</summary>
    private ReportPeriodForm? _typed;

    public async Task<IActionResult> Index(CancellationToken ct) => View(await IndexModelAsync(new(), ct));

    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] ReportPeriodForm form, CancellationToken ct)
    {
        _typed = form;
        if (!(await scopes.GetAsync(User, ct)).IsNationwide)
            return Refused(StatusCodes.Status403Forbidden, HttpContext.RequestServices
                .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()
                ["Chỉ Bộ Công Thương đặt kỳ báo cáo."].Value);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var period = new Period(form.Year!.Value, form.Kind, form.Deadline!.Value, form.Note,
                ReportAccess.UserId(User));
            db.ReportPeriods.Add(period);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã đặt kỳ báo cáo.");
            return RedirectToAction(nameof(Details), new { id = period.Id });
        }, async () => View(nameof(Index), await IndexModelAsync(form, ct)), ct,
            duplicate: "Kỳ báo cáo này của năm đã được đặt.");
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await ReportPeriodPage.LoadAsync(db, scopes, User, VietnamTime.Today(clock), id, ct) is { } model
            ? View(model)
            : NotFound();

    /// <summary>A refused step: the periods' page with the form as typed and the reason; nothing was saved.</summary>
    private IActionResult Refused(int status, string message) =>
        this.PageWithRefusal(status, message, async () =>
        {
            db.ChangeTracker.Clear();
            var form = _typed ?? new ReportPeriodForm();
            return View(nameof(Index), await IndexModelAsync(form, HttpContext.RequestAborted));
        }, _typed?.Year?.ToString(CultureInfo.InvariantCulture), VietnamTime.Date(_typed?.Deadline), _typed?.Note);

    IActionResult IRefusalPages.Refused(int statusCode, string message) => Refused(statusCode, message);

    private async Task<ReportPeriodIndexViewModel> IndexModelAsync(ReportPeriodForm form, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var today = VietnamTime.Today(clock);
        var own = await ReportAccess.ReporterProvinceAsync(db, scopes, User, ct);
        var inScope = db.ReportSubmissions.InScope(scope);
        var ownId = own?.Id ?? 0;
        var periods = await db.ReportPeriods.AsNoTracking()
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind)
            .Select(p => new
            {
                p.Id, p.Year, p.Kind, p.Deadline,
                Sent = inScope.Where(s => s.PeriodId == p.Id
                    && s.Status == ReportSubmissionStatus.Submitted).Select(s => s.IsLate).ToList(),
                Own = db.ReportSubmissions.Where(s => s.PeriodId == p.Id
                    && s.ProvinceUnitId == ownId).Select(s => (ReportSubmissionStatus?)s.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (form.Year is null) form.Year = today.Year;
        return new ReportPeriodIndexViewModel
        {
            Periods = [.. periods.Select(p => new ReportPeriodRow(p.Id, p.Year, p.Kind, p.Deadline,
                p.Deadline.DayNumber - today.DayNumber, p.Sent.Count, p.Sent.Count(late => late), p.Own))],
            CanOpen = Policies.Allows(User, Policies.MinistryOfficer) && scope.IsNationwide,
            IsNationwide = scope.IsNationwide,
            Form = form,
        };
    }
}
