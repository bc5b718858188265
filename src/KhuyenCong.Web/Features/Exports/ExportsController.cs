using KhuyenCong.Data;
using KhuyenCong.Data.Exports;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// A user's background exports: the list, one job's page (a progress bar that refreshes itself until the file is
/// ready, then the download link) and the download. A job is only ever shown to the user who asked for it (404 to
/// anyone else), since it holds what their scope let them see.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ExportsController(AppDbContext db, AttachmentStorage storage,
    UserManager<Data.Identity.AppUser> users) : Controller
{
    /// <summary>Seconds between two refreshes of a job's page while it runs.</summary>
    public const int RefreshSeconds = 2;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await Mine().OrderByDescending(j => j.CreatedAtUtc).ThenByDescending(j => j.Id).Take(50)
            .Select(j => ExportJobView.Of(j)).ToListAsync(ct));

    [HttpGet]
    public async Task<IActionResult> Job(long id, CancellationToken ct)
    {
        var job = await Mine().Where(j => j.Id == id).Select(j => ExportJobView.Of(j)).SingleOrDefaultAsync(ct);
        if (job is null) return NotFound();
        // The page refreshes itself (the HTTP Refresh header, no script) until the file is ready or failed.
        if (!job.Finished) Response.Headers["Refresh"] = RefreshSeconds.ToString();
        return View(job);
    }

    [HttpGet]
    public async Task<IActionResult> Download(long id, CancellationToken ct)
    {
        var job = await Mine().AsNoTracking()
            .SingleOrDefaultAsync(j => j.Id == id && j.State == ExportJobState.Done, ct);
        if (job?.StoredName is null || !System.IO.File.Exists(storage.PathOf(job.StoredName))) return NotFound();
        return PhysicalFile(storage.PathOf(job.StoredName), OfficialTable.ContentType, job.FileName);
    }

    private IQueryable<ExportJob> Mine()
    {
        var me = users.GetUserId(User);
        // Imports are jobs too; they have their own pages (ProjectImportController).
        return db.ExportJobs.Where(j => j.UserId == me && j.Category == JobCategory.Export);
    }
}
