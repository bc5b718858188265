using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// A province's package in a round (DOMAIN §11 step 2). The Sở sends its base-appraised KCQG projects of the year
/// with its signed letter: the Mẫu 2 list is frozen and every project registered, all or none; the ministry returns
/// it with a reason. A province outside the user's area → 404; a step the role does not take → 403; a closed round,
/// a package already with the ministry or a project no longer waiting → 409; a missing letter → the form again.
/// </summary>
[Authorize(Policy = Policies.RegistrationReaders)]
[Route("Registration/{roundId:int}/Packages/{provinceId:int}")]
public sealed class RegistrationPackagesController(
    AppDbContext db, IUserScopeProvider scopes, CurrentActor actors, AttachmentStorage storage, TimeProvider clock,
    AdministrativeUnitGraphCache graphs, Notifications.NotificationEvents notify) : Controller, IRefusalPages
{
    private const string PageView = "~/Features/Registration/Views/Package.cshtml";
    private const string Twice = "Tỉnh đã gửi hồ sơ cho đợt đăng ký này; hãy tải lại trang.";

    [HttpGet("")]
    public async Task<IActionResult> Show(int roundId, int provinceId, CancellationToken ct)
    {
        if (!await VisibleAsync(roundId, provinceId, ct)) return NotFound();
        return View(PageView, await PageAsync(roundId, provinceId, ct));
    }

    [HttpPost("Submit")]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Submit(int roundId, int provinceId, PackageFormModel form, CancellationToken ct)
    {
        if (!await VisibleAsync(roundId, provinceId, ct)) return NotFound();
        if (!await MaySendAsync(ct))
            return Refused(StatusCodes.Status403Forbidden,
                "Chỉ cán bộ Sở Công Thương của tỉnh gửi hồ sơ đăng ký kế hoạch KCQG.");
        var round = await db.RegistrationRounds.Include(r => r.Figures).SingleAsync(r => r.Id == roundId, ct);
        var package = await db.RegistrationPackages.Include(p => p.Submissions)
            .SingleOrDefaultAsync(p => p.RoundId == roundId && p.ProvinceUnitId == provinceId, ct);
        // State first: a closed round or a package with the ministry is refused before any file is stored.
        if (!round.IsOpen) return StateRefusal(round.RequireOpen);
        if (package?.Status == PackageStatus.Submitted) return StateRefusal(package.RequireReturned);

        var projects = await ChosenAsync(provinceId, form.ProjectIds, ct);
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
        var rows = await RowsAsync(projects, ct);
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
                        projects, rows, letter, actor, now, Today));
                else package.Resubmit(round, projects, rows, letter, actor, now, Today);
                await db.SaveChangesAsync(ct);
            });
            TempData["Notice"] = round.IsLateOn(Today)
                ? "Đã gửi hồ sơ đăng ký; hồ sơ gửi sau hạn nên được ghi là nộp muộn."
                : "Đã gửi hồ sơ đăng ký; các đề án đã được đăng ký với Bộ Công Thương.";
            return RedirectToAction(nameof(Show), new { roundId, provinceId });
        }, () => FormAgainAsync(roundId, provinceId, form, ct), ct, duplicate: Twice);
    }

    [HttpPost("Return")]
    [Authorize(Policy = Policies.MinistryOfficer)]
    public async Task<IActionResult> Return(int roundId, int provinceId, ReturnFormModel form, CancellationToken ct)
    {
        if (!await VisibleAsync(roundId, provinceId, ct)) return NotFound();
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
            TempData["Notice"] = "Đã trả lại hồ sơ đăng ký; các đề án trở lại trạng thái đã thẩm định cơ sở.";
            return RedirectToAction(nameof(Show), new { roundId, provinceId });
        }, async () =>
        {
            db.ChangeTracker.Clear();
            var model = await PageAsync(roundId, provinceId, ct);
            model.ReturnForm = form;
            return View(PageView, model);
        }, ct);
    }

    /// <summary>The letter of one sending, as an attachment, for whoever may see the package.</summary>
    [HttpGet("/Registration/Letters/{submissionId:int}")]
    public async Task<IActionResult> Letter(int submissionId, CancellationToken ct)
    {
        var package = await db.RegistrationPackages.AsNoTracking().Include(p => p.Submissions)
            .SingleOrDefaultAsync(p => p.Submissions.Any(s => s.Id == submissionId), ct);
        if (package is null || !(await scopes.GetAsync(User, ct)).Contains(package.ProvinceUnitId)) return NotFound();
        var found = package.Submissions.Single(s => s.Id == submissionId).Letter;
        var path = storage.PathOf(found.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, found.ContentType, found.FileName);
    }

    private DateOnly Today => VietnamTime.Today(clock);

    /// <summary>
    /// The round exists, the province is one it is addressed to, and the province is in the user's area.
    /// </summary>
    private async Task<bool> VisibleAsync(int roundId, int provinceId, CancellationToken ct) =>
        (await scopes.GetAsync(User, ct)).Contains(provinceId)
        && await db.RegistrationRounds.AnyAsync(
            r => r.Id == roundId && r.Figures.Any(f => f.ProvinceUnitId == provinceId), ct);

    /// <summary>The Sở's officers send; a centre, a ministry unit or a leader does not (403).</summary>
    private async Task<bool> MaySendAsync(CancellationToken ct)
    {
        if (!User.IsInRole(RoleNames.DepartmentOfficer)) return false;
        var organisation = await scopes.GetOrganisationAsync(User, ct);
        return organisation?.Kind == OrganisationKind.ProvincialDepartment;
    }

    /// <summary>
    /// The chosen projects, tracked, among the province's own (its area, predecessors' units included).
    /// </summary>
    private async Task<List<Project>> ChosenAsync(int provinceId, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        var area = (await graphs.GetAsync(ct)).ScopeOf(provinceId).ToList();
        return await db.Projects.Include(p => p.ActivityContent).Include(p => p.ImplementingOrganisation)
            .Include(p => p.LocationUnit).Include(p => p.Beneficiaries)
            .Where(p => wanted.Contains(p.Id) && area.Contains(p.LocationUnitId))
            .OrderBy(p => p.Code).AsSplitQuery().ToListAsync(ct);
    }

    /// <summary>The Mẫu 2 rows as the projects stand at this moment, beneficiaries named as they are today.</summary>
    private async Task<List<PackageRow>> RowsAsync(List<Project> projects, CancellationToken ct)
    {
        var ids = projects.SelectMany(p => p.Beneficiaries.Select(b => b.EstablishmentId)).Distinct().ToList();
        var establishments = await db.Establishments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, ct);
        return projects.Select(p => new PackageRow(p, p.ActivityContent!.Name, p.ActivityContent.SortOrder,
                p.ImplementingOrganisation!.NameOn(Today), p.LocationUnit!.Name,
                p.Beneficiaries.Select(b => establishments[b.EstablishmentId])
                    .Select(e => new PackageRowBeneficiary(e.Id, e.Name, e.TaxCode))))
            .ToList();
    }

    private IActionResult StateRefusal(Action step)
    {
        try
        {
            step();
        }
        catch (WorkflowException ex)
        {
            var localizer = HttpContext.RequestServices
                .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
            return Refused(StatusCodes.Status409Conflict, DomainRefusalText.For(ex, localizer));
        }
        throw new InvalidOperationException("The step was expected to be refused.");
    }

    private async Task<IActionResult> FormAgainAsync(int roundId, int provinceId, PackageFormModel form,
        CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var model = await PageAsync(roundId, provinceId, ct);
        model.Form = form;
        return View(PageView, model);
    }

    private async Task<PackagePageViewModel> PageAsync(int roundId, int provinceId, CancellationToken ct)
    {
        var round = await db.RegistrationRounds.AsNoTracking().Include(r => r.Figures)
            .SingleAsync(r => r.Id == roundId, ct);
        var package = await db.RegistrationPackages.AsNoTracking()
            .Include(p => p.Submissions).ThenInclude(s => s.Rows).ThenInclude(r => r.Beneficiaries)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.RoundId == roundId && p.ProvinceUnitId == provinceId, ct);
        var province = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == provinceId)
            .Select(u => u.Name).SingleAsync(ct);
        var canSubmit = round.IsOpen && package?.Status != PackageStatus.Submitted && await MaySendAsync(ct);
        var model = new PackagePageViewModel
        {
            RoundId = roundId, Year = round.Year, Deadline = round.Deadline, RoundOpen = round.IsOpen, Today = Today,
            ProvinceUnitId = provinceId, Province = province, Indicative = round.IndicativeFor(provinceId)!.Value,
            Status = package?.Status, Version = package?.Version ?? 0,
            Submissions = package?.Submissions.OrderByDescending(s => s.Number).ToList() ?? [],
            CanSubmit = canSubmit,
            CanReturn = round.IsOpen && package?.Status == PackageStatus.Submitted
                        && Policies.Allows(User, Policies.MinistryOfficer),
            Candidates = canSubmit ? await CandidatesAsync(round.Year, provinceId, ct) : [],
        };
        model.Form.Version = model.Version;
        model.ReturnForm.Version = model.Version;
        return model;
    }

    private async Task<List<PackagePageViewModel.Candidate>> CandidatesAsync(int year, int provinceId,
        CancellationToken ct)
    {
        var area = (await graphs.GetAsync(ct)).ScopeOf(provinceId).ToList();
        return await db.Projects.AsNoTracking()
            .Where(p => p.Fund == Fund.Kcqg && p.Year == year && p.Status == ProjectStatus.BaseAppraised)
            .Where(p => area.Contains(p.LocationUnitId))
            .OrderBy(p => p.Code)
            .Select(p => new PackagePageViewModel.Candidate(p.Id, p.Code, p.Name, p.ActivityContent!.Name, p.Kind,
                new Vnd(p.RequestedSupportDong), new Vnd(p.AppraisedSupportDong ?? p.RequestedSupportDong),
                p.BaseScore))
            .ToListAsync(ct);
    }

    private IActionResult Refused(int status, string message) =>
        RegistrationResults.Refused(this, status, message,
            Url.Action(nameof(Show),
                new { roundId = RouteData.Values["roundId"], provinceId = RouteData.Values["provinceId"] })!);

    IActionResult IRefusalPages.Refused(int statusCode, string message) => Refused(statusCode, message);
}
