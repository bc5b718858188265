using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Projects;
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

    [Authorize(Policy = Policies.DepartmentOfficer)]
    [HttpGet]
    public async Task<IActionResult> Submit(int periodId, CancellationToken ct)
    {
        var period = await db.ReportPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return NotFound();
        var province = await ReportAccess.ReporterProvinceAsync(db, scopes, User, ct);
        if (province is null) return Forbid();
        var existing = await ExistingAsync(periodId, province.Id, ct);
        if (existing?.Status == ReportSubmissionStatus.Submitted)
            return ReportAccess.Refused(this, StatusCodes.Status409Conflict, AlreadySent);
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
        if (province is null) return Forbid();
        var submission = await db.ReportSubmissions.SingleOrDefaultAsync(
            s => s.PeriodId == periodId && s.ProvinceUnitId == province.Id, ct);
        if (submission?.Status == ReportSubmissionStatus.Submitted)
            return ReportAccess.Refused(this, StatusCodes.Status409Conflict, AlreadySent);
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
            TempData["Notice"] = submission.IsLate ? "Đã nộp báo cáo (quá hạn)." : "Đã nộp báo cáo.";
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

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (found is not var (submission, province)) return NotFound();
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

    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpPost]
    public async Task<IActionResult> Return(int id, string? reason, long version, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (found is not var (submission, _)) return NotFound();
        if (!await IsMinistryAsync(ct)) return Forbid();
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
            ReportExcel.Implementation(report));
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

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        ReportAccess.Refused(this, statusCode, message);

    /// <summary>The submission with its period and rows when its province is in the user's scope, else null.</summary>
    private async Task<(ReportSubmission Submission, AdministrativeUnit Province)?> FindAsync(int id,
        CancellationToken ct)
    {
        var submission = await db.ReportSubmissions.Include(s => s.Period).Include(s => s.Rows)
            .Include(s => s.ProvinceUnit).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null) return null;
        var scope = await scopes.GetAsync(User, ct);
        return scope.Contains(submission.ProvinceUnitId) ? (submission, submission.ProvinceUnit!) : null;
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
