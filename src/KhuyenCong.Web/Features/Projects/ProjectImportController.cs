using System.Linq.Expressions;
using KhuyenCong.Data;
using KhuyenCong.Data.Exports;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// Department officers download the template and upload many proposals at once; all rows or none. The upload is
/// checked (size, a spreadsheet within bounds) and kept in the shared storage; the rows are read and saved by a
/// background job, whose page shows the progress and then the projects imported or every row error. A job is its
/// requester's alone (404 to anyone else).
/// </summary>
[Authorize(Policy = Policies.DepartmentOfficer)]
public sealed class ProjectImportController(AppDbContext db, BackgroundJobQueue jobs, AttachmentStorage storage,
    UserManager<Data.Identity.AppUser> users) : Controller
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private const string ImportView = "~/Features/Projects/Views/Import.cshtml";
    private const string JobView = "~/Features/Projects/Views/ImportJob.cshtml";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(ImportView, await PageAsync(null, ct));

    [HttpGet]
    public IActionResult Template() =>
        File(ProjectImporter.Template(), OfficialTable.ContentType, "mau-nhap-de-an.xlsx");

    [HttpPost]
    [RequestSizeLimit(MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Index(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
            return await RefusedAsync(ProjectImportRowError.Of(0, -1, ProjectImportMessages.NoFile), ct);
        var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        // A bomb or a sheet of 100,000 rows is refused here, in milliseconds, before anything is stored or queued.
        if (SpreadsheetGuard.Refusal(buffer, ProjectImporter.MaxRows) is { } refusal)
            return await RefusedAsync(ProjectImportRowError.Of(0, -1, refusal), ct);
        var stored = $"import-{Guid.NewGuid():N}.xlsx";
        Directory.CreateDirectory(storage.Folder);
        await System.IO.File.WriteAllBytesAsync(storage.PathOf(stored), buffer.ToArray(), ct);
        long id = 0;
        await storage.RecordAsync(new StoredUpload(file.FileName, OfficialTable.ContentType, false, buffer.Length,
            stored), async () => id = await jobs.EnqueueAsync(new ExportJob
        {
            Kind = ProjectImportJob.KindName,
            Category = JobCategory.Import,
            FileName = FileName(file.FileName),
            InputName = stored,
        }, User, ct));
        return RedirectToAction(nameof(Job), new { id });
    }

    /// <summary>The job's page: refreshes itself (the HTTP Refresh header, no script) until the import ends.</summary>
    [HttpGet]
    public async Task<IActionResult> Job(long id, CancellationToken ct)
    {
        var job = await Mine().Where(j => j.Id == id).Select(AsView(withResult: true)).SingleOrDefaultAsync(ct);
        if (job is null) return NotFound();
        if (!job.Finished) Response.Headers["Refresh"] = ExportsController.RefreshSeconds.ToString();
        return View(JobView, job);
    }

    private async Task<IActionResult> RefusedAsync(ProjectImportRowError refusal, CancellationToken ct) =>
        View(ImportView, await PageAsync(refusal, ct));

    private async Task<ProjectImportPage> PageAsync(ProjectImportRowError? refusal, CancellationToken ct) =>
        new(refusal, await Mine().OrderByDescending(j => j.CreatedAtUtc).ThenByDescending(j => j.Id).Take(10)
            .Select(AsView(withResult: false)).ToListAsync(ct));

    /// <remarks>The list leaves the result out: one file's errors may run to thousands.</remarks>
    private static Expression<Func<ExportJob, ProjectImportJobView>> AsView(bool withResult) =>
        j => new ProjectImportJobView(j.Id, j.FileName, j.State, j.Progress, j.Total, j.CreatedAtUtc, j.Error,
            withResult ? j.Result : null);

    private IQueryable<ExportJob> Mine()
    {
        var me = users.GetUserId(User);
        return db.ExportJobs.AsNoTracking()
            .Where(j => j.UserId == me && j.Category == JobCategory.Import && j.Kind == ProjectImportJob.KindName);
    }

    /// <summary>The name shown for the upload, within the stored column.</summary>
    private static string FileName(string name)
    {
        var normalised = AttachmentFileName.Normalise(name);
        return normalised.Length <= 200 ? normalised : normalised[^200..];
    }
}
