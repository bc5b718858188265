using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Features.Registration;
using KhuyenCong.Web.Features.Reports;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Web.Infrastructure.Hosting;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>
/// A province's report for a period: the department sends it with its signed letter (the implementation report
/// frozen that day), the ministry returns it with a reason, the department resends it. Out of the user's scope: 404.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ReportSubmissionsController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    AttachmentStorage storage, ReportSnapshot snapshot, CurrentActor actors,
    Notifications.NotificationEvents notify) : Controller, IRefusalPages
{
    private const string ViewsPath = "~/Features/ReportPeriods/Views/";
    private const string AlreadySent = "Báo cáo đã nộp; chỉ nộp lại sau khi Bộ trả lại.";
    private const string NotReporter = "Chỉ cán bộ Sở Công Thương của tỉnh nộp báo cáo của tỉnh.";

    /// <summary>The submission whose page a refused step answers with, and what the step had typed.</summary>
    private int _refusedId;
    private string?[] _typed = [];

    [Authorize(Policy = Policies.DepartmentOfficer)]
    [HttpGet]
    public async Task<IActionResult> Submit(int periodId, CancellationToken ct)
    {
        var period = await db.ReportPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return NotFound();
        var province = await ReportAccess.ReporterProvinceAsync(db, scopes, User, ct);
        if (province is null) return NotReporterPage(periodId);
        var existing = await ExistingAsync(periodId, province.Id, ct);
        if (existing?.Status == ReportSubmissionStatus.Submitted) return AlreadySentPage(existing.Id);
        var form = new ReportSubmitForm { Version = existing?.Version ?? 0 };
        return await SubmitFormAsync(period, province, existing, form, ct);
    }

    /// <summary>Sends the report: the letter's file is stored, then the report frozen and saved at once.</summary>
    [Authorize(Policy = Policies.DepartmentOfficer)]
    [HttpPost]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Submit(int periodId, [Bind(Prefix = "Form")] ReportSubmitForm form,
        CancellationToken ct)
    {
        var period = await db.ReportPeriods.SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return NotFound();
        var province = await ReportAccess.ReporterProvinceAsync(db, scopes, User, ct);
        _typed = [form.LetterNumber, VietnamTime.Date(form.LetterDate)];
        if (province is null) return NotReporterPage(periodId);
        var submission = await db.ReportSubmissions.SingleOrDefaultAsync(
            s => s.PeriodId == periodId && s.ProvinceUnitId == province.Id, ct);
        if (submission?.Status == ReportSubmissionStatus.Submitted) return AlreadySentPage(submission.Id);
        StoredUpload? upload = null;
        if (ModelState.IsValid)
        {
            var (stored, error) = await storage.StoreAsync(form.File, allowOffice: false, ct);
            if (stored is null) ModelState.AddModelError("Form.File", error!);
            upload = stored;
        }
        var result = await this.SaveOrShowFormAsync(form, async () =>
        {
            var actor = await actors.GetAsync(User, ct);
            var today = VietnamTime.Today(clock);
            var scope = await scopes.GetAsync(User, ct);
            var live = await snapshot.LiveAsync(scope, period, province.Name, ct);
            var (rows, kcqg, kcdp) = ReportSnapshot.Freeze(live);
            if (submission is null)
            {
                submission = new ReportSubmission(period, province.Id, actor.OrganisationId);
                db.ReportSubmissions.Add(submission);
            }
            else
            {
                db.Entry(submission).Property(s => s.Version).OriginalValue = form.Version;
            }
            var letter = new ReportSubmissionLetter(form.LetterNumber ?? "", form.LetterDate!.Value,
                upload!.FileName, upload.StoredName, upload.ContentType, upload.Size);
            submission.Submit(period, letter, rows, kcqg, kcdp, actor, today);
            await storage.RecordAsync(upload, () => db.SaveChangesAsync(ct));
            TempData.Notice(submission.IsLate ? "Đã nộp báo cáo (quá hạn)." : "Đã nộp báo cáo.");
            return RedirectToAction(nameof(Details), new { id = submission.Id });
        }, async () =>
        {
            // Refused: the stored letter file is not kept, and the tracked changes are dropped.
            if (upload is not null) System.IO.File.Delete(storage.PathOf(upload.StoredName));
            db.ChangeTracker.Clear();
            var existing = await ExistingAsync(periodId, province.Id, ct);
            return await SubmitFormAsync(period, province, existing, form, ct);
        }, ct, duplicate: "Báo cáo của tỉnh cho kỳ này vừa được nộp.");
        return result;
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await DetailsPageAsync(id, ct) ?? (IActionResult)NotFound();

    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpPost]
    public async Task<IActionResult> Return(int id, string? reason, long version, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (found is not var (submission, _)) return NotFound();
        (_refusedId, _typed) = (id, [reason]);
        if (!await IsMinistryAsync(ct))
            return Refused(StatusCodes.Status403Forbidden, Localized("Chỉ Bộ Công Thương trả lại báo cáo của tỉnh."));
        db.Entry(submission).Property(s => s.Version).OriginalValue = version;
        return await this.SaveOrNoticeAsync(async () =>
        {
            submission.Return(reason ?? "", VietnamTime.Today(clock));
            await notify.ReportReturnedAsync(submission.Period!, submission, ct);
            await db.SaveChangesAsync(ct);
        }, "Đã trả lại báo cáo.", RedirectToAction(nameof(Details), new { id }));
    }

    /// <summary>
    /// The frozen report as the official .xlsx table, with the report writer of the reports page. It is the province's
    /// report: signed as sent, with the reporting Sở's letterhead, its letter's date and the officer who sent it,
    /// whoever downloads it (the ministry reads what the province signed, not a table under its own name).
    /// </summary>
    [HttpGet]
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Excel(int id, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (found is not var (submission, province)) return NotFound();
        var period = submission.Period!;
        var report = ReportSnapshot.Rebuild(submission, period, province.Name, province.Code);
        var suffix = period.Kind == ReportPeriodKind.FirstHalf ? $"6-thang-{period.Year}" : $"nam-{period.Year}";
        var letterhead = await HttpContext.RequestServices.GetRequiredService<ILetterheadSource>()
            .ForOrganisationAsync(submission.SubmitterOrganisationId, ct);
        return OfficialTable.File($"bao-cao-{province.Code}-{suffix}.xlsx",
            new OfficialSignature(letterhead, submission.LetterDate, submission.SubmittedByName),
            ReportExcel.Implementation(report).WithForm(await HttpContext.RequestServices
                .GetRequiredService<ReferenceForms.OfficialFormCatalog>()
                .InForceAsync(OfficialFormKeys.Implementation, submission.LetterDate, ct)));
    }

    /// <summary>Always a download (attachment disposition), never rendered inline.</summary>
    [HttpGet]
    public async Task<IActionResult> LetterFile(int id, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (found is not var (submission, _)) return NotFound();
        var path = storage.PathOf(submission.LetterStoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, submission.LetterContentType, submission.LetterFileName);
    }

    /// <summary>
    /// 403 on the period's page: a province reports through its Sở Công Thương's officers only (not an extension
    /// centre, a district or the ministry).
    /// </summary>
    private IActionResult NotReporterPage(int periodId) =>
        this.PageWithRefusal(StatusCodes.Status403Forbidden, Localized(NotReporter), async () =>
            View(ViewsPath + "Details.cshtml", await ReportPeriodPage.LoadAsync(db, scopes, User,
                VietnamTime.Today(clock), periodId, HttpContext.RequestAborted)), _typed);

    /// <summary>A second sending while one waits with the ministry: 409 on the report's own page.</summary>
    private IActionResult AlreadySentPage(int id)
    {
        _refusedId = id;
        return Refused(StatusCodes.Status409Conflict, Localized(AlreadySent));
    }

    /// <summary>A refused step: the report's page with the reason and what was typed; nothing was saved.</summary>
    private IActionResult Refused(int status, string message) =>
        _refusedId == 0
            ? new StatusCodeResult(status)
            : this.PageWithRefusal(status, message, async () =>
            {
                db.ChangeTracker.Clear();
                return (await DetailsPageAsync(_refusedId, HttpContext.RequestAborted))!;
            }, _typed);

    IActionResult IRefusalPages.Refused(int statusCode, string message) => Refused(statusCode, message);

    private string Localized(string vietnamese) => HttpContext.RequestServices
        .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()[vietnamese];

    private async Task<ViewResult?> DetailsPageAsync(int id, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (found is not var (submission, province)) return null;
        var period = submission.Period!;
        var own = await ReportAccess.ReporterProvinceAsync(db, scopes, User, ct);
        return View(ViewsPath + "Submission.cshtml", new ReportSubmissionViewModel
        {
            Period = period, Submission = submission, Province = province.Name,
            Report = ReportSnapshot.Rebuild(submission, period, province.Name, province.Code),
            CanReturn = submission.Status == ReportSubmissionStatus.Submitted && await IsMinistryAsync(ct),
            CanResubmit = submission.Status == ReportSubmissionStatus.Returned && own?.Id == province.Id,
        });
    }

    /// <summary>The submission with its period and rows when its province is in the user's scope, else null.</summary>
    private async Task<(ReportSubmission Submission, AdministrativeUnit Province)?> FindAsync(int id,
        CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var submission = await db.ReportSubmissions.InScope(scope).Include(s => s.Period).Include(s => s.Rows)
            .Include(s => s.ProvinceUnit).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        return submission is null ? null : (submission, submission.ProvinceUnit!);
    }

    private async Task<bool> IsMinistryAsync(CancellationToken ct) =>
        Policies.Allows(User, Policies.MinistryOfficer) && (await scopes.GetAsync(User, ct)).IsNationwide;

    private Task<ReportSubmission?> ExistingAsync(int periodId, int provinceId, CancellationToken ct) =>
        db.ReportSubmissions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.PeriodId == periodId && s.ProvinceUnitId == provinceId, ct);

    private async Task<IActionResult> SubmitFormAsync(Period period, AdministrativeUnit province,
        ReportSubmission? existing, ReportSubmitForm form, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        return View(ViewsPath + "Submit.cshtml", new ReportSubmitViewModel
        {
            Period = period, Province = province.Name, ReturnReason = existing?.ReturnReason,
            Preview = await snapshot.LiveAsync(scope, period, province.Name, ct), Form = form,
        });
    }
}
