using System.Diagnostics;
using System.Globalization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// A province's package in a round (DOMAIN §11 step 2). The Sở sends its base-appraised KCQG projects of the year
/// with its signed letter: the Mẫu 2 list is frozen and every project registered, all or none; the ministry returns
/// it with a reason. A province outside the user's area → 404; a step the role does not take → 403; a closed round,
/// a package already with the ministry or a project no longer waiting → 409; a missing letter → the form again.
/// Every refused step answers the package's page with the reason and what was typed.
/// </summary>
[Authorize(Policy = Policies.RegistrationReaders)]
[Route("Registration/{roundId:int}/Packages/{provinceId:int}")]
public sealed class RegistrationPackagesController(
    AppDbContext db, PackagePageQuery pages, CurrentActor actors, AttachmentStorage storage, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer, Notifications.NotificationEvents notify) : Controller, IRefusalPages
{
    private const string PageView = "~/Features/Registration/Views/Package.cshtml";
    private const string Twice = "Tỉnh đã gửi hồ sơ cho đợt đăng ký này; hãy tải lại trang.";
    private const string NotSender = "Chỉ cán bộ Sở Công Thương của tỉnh gửi hồ sơ đăng ký kế hoạch KCQG.";

    /// <summary>What the refused step had typed, listed on the page it answers with.</summary>
    private string?[] _typed = [];

    [HttpGet("")]
    public async Task<IActionResult> Show(int roundId, int provinceId, CancellationToken ct)
    {
        if (!await pages.VisibleAsync(User, roundId, provinceId, ct)) return NotFound();
        return View(PageView, await pages.LoadAsync(User, roundId, provinceId, ct));
    }

    [HttpPost("Submit")]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Submit(int roundId, int provinceId, PackageFormModel form, CancellationToken ct)
    {
        if (!await pages.VisibleAsync(User, roundId, provinceId, ct)) return NotFound();
        _typed = [form.LetterNumber, VietnamTime.Date(form.LetterDate)];
        if (!await pages.MaySendAsync(User, ct))
            return Refused(StatusCodes.Status403Forbidden, localizer[NotSender].Value);
        var round = await db.RegistrationRounds.Include(r => r.Figures).SingleAsync(r => r.Id == roundId, ct);
        var package = await db.RegistrationPackages.Include(p => p.Submissions)
            .SingleOrDefaultAsync(p => p.RoundId == roundId && p.ProvinceUnitId == provinceId, ct);
        // State first: a closed round or a package with the ministry is refused before any file is stored.
        if (!round.IsOpen) return await StateRefusedAsync(round.RequireOpen, ct);
        if (package?.Status == PackageStatus.Submitted) return await StateRefusedAsync(package.RequireReturned, ct);

        var projects = await pages.ChosenAsync(provinceId, form.ProjectIds, ct);
        if (projects.Count != form.ProjectIds.Distinct().Count())
            ModelState.AddModelError(nameof(form.ProjectIds), "Một số đề án đã chọn không thuộc tỉnh này.");
        if (!ModelState.IsValid) return await FormAgainAsync(roundId, provinceId, form, ct);
        var (upload, error) = await storage.StoreAsync(form.Letter, allowOffice: false, ct);
        if (upload is not null && upload.ContentType != "application/pdf")
        {
            System.IO.File.Delete(storage.PathOf(upload.StoredName));
            (upload, error) = (null, "Công văn phải là tệp PDF (bản ký số hoặc bản quét).");
        }
        if (upload is null)
        {
            ModelState.AddModelError(nameof(form.Letter), error!);
            return await FormAgainAsync(roundId, provinceId, form, ct);
        }

        var actor = await actors.GetAsync(User, ct);
        var rows = await pages.RowsAsync(projects, ct);
        var today = pages.Today;
        if (package is not null) db.Entry(package).Property(p => p.Version).OriginalValue = form.Version;
        return await this.SaveOrShowFormAsync(form, async () =>
        {
            await storage.RecordAsync(upload, async () =>
            {
                var letter = new PackageLetter(form.LetterNumber!, form.LetterDate!.Value, upload.FileName,
                    upload.ContentType, upload.Size, upload.StoredName);
                var now = clock.GetUtcNow().UtcDateTime;
                if (package is null)
                    db.RegistrationPackages.Add(ProvincePackage.Submit(round, provinceId, actor.OrganisationId,
                        projects, rows, letter, actor, now, today));
                else package.Resubmit(round, projects, rows, letter, actor, now, today);
                await db.SaveChangesAsync(ct);
            });
            TempData.Notice(round.IsLateOn(today)
                ? "Đã gửi hồ sơ đăng ký; hồ sơ gửi sau hạn nên được ghi là nộp muộn."
                : "Đã gửi hồ sơ đăng ký; các đề án đã được đăng ký với Bộ Công Thương.");
            return RedirectToAction(nameof(Show), new { roundId, provinceId });
        }, () => FormAgainAsync(roundId, provinceId, form, ct), ct, duplicate: Twice);
    }

    [HttpPost("Return")]
    [Authorize(Policy = Policies.MinistryOfficer)]
    public async Task<IActionResult> Return(int roundId, int provinceId, ReturnFormModel form, CancellationToken ct)
    {
        if (!await pages.VisibleAsync(User, roundId, provinceId, ct)) return NotFound();
        _typed = [form.Reason];
        var round = await db.RegistrationRounds.SingleAsync(r => r.Id == roundId, ct);
        var package = await db.RegistrationPackages
            .Include(p => p.Submissions).ThenInclude(s => s.Rows)
            .SingleOrDefaultAsync(p => p.RoundId == roundId && p.ProvinceUnitId == provinceId, ct);
        if (package is null) return NotFound();
        var ids = package.Current!.Rows.Select(r => r.ProjectId).ToList();
        var projects = await db.Projects.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var actor = await actors.GetAsync(User, ct);
        db.Entry(package).Property(p => p.Version).OriginalValue = form.Version;
        return await this.SaveOrShowFormAsync(form, async () =>
        {
            package.Return(round, projects, form.Reason, actor, clock.GetUtcNow().UtcDateTime);
            await notify.RegistrationReturnedAsync(round.Year, provinceId, form.Reason, roundId, ct);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã trả lại hồ sơ đăng ký; các đề án trở lại trạng thái đã thẩm định cơ sở.");
            return RedirectToAction(nameof(Show), new { roundId, provinceId });
        }, async () =>
        {
            db.ChangeTracker.Clear();
            var model = await pages.LoadAsync(User, roundId, provinceId, ct);
            model.ReturnForm = form;
            return View(PageView, model);
        }, ct);
    }

    /// <summary>
    /// A step the record's state refuses whatever was typed (409 through the refusal path): the form's own messages
    /// do not matter then, so they are dropped and the domain's reason is shown instead.
    /// </summary>
    private Task<IActionResult> StateRefusedAsync(Action requireState, CancellationToken ct)
    {
        ModelState.Clear();
        return this.SaveOrShowFormAsync(null, () =>
        {
            requireState();
            throw new UnreachableException("The step was expected to be refused by the package's state.");
        }, () => Task.FromResult<IActionResult>(RedirectToAction(nameof(Show), RouteData.Values)), ct);
    }

    private async Task<IActionResult> FormAgainAsync(int roundId, int provinceId, PackageFormModel form,
        CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var model = await pages.LoadAsync(User, roundId, provinceId, ct);
        model.Form = form;
        return View(PageView, model);
    }

    /// <summary>The package's page again, as stored, with the reason and what was typed.</summary>
    private IActionResult Refused(int status, string message) =>
        this.PageWithRefusal(status, message, async () =>
        {
            db.ChangeTracker.Clear();
            var roundId = Convert.ToInt32(RouteData.Values["roundId"], CultureInfo.InvariantCulture);
            var provinceId = Convert.ToInt32(RouteData.Values["provinceId"], CultureInfo.InvariantCulture);
            return View(PageView, await pages.LoadAsync(User, roundId, provinceId, HttpContext.RequestAborted));
        }, _typed);

    IActionResult IRefusalPages.Refused(int statusCode, string message) => Refused(statusCode, message);
}
