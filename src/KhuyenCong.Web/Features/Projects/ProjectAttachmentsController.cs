using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// A project's files (PDF, Word, Excel, JPEG/PNG up to 10 MB), checked by content and stored outside the web
/// root; downloaded only as attachments, only by users who may see the project.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProjectAttachmentsController(AppDbContext db, IUserScopeProvider scopes, AttachmentStorage storage)
    : Controller
{
    [HttpPost]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(int projectId, IFormFile? file, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        if (!await db.Projects.InScope(scope).AnyAsync(p => p.Id == projectId, ct)) return NotFound();
        if (!Policies.Allows(User, Policies.Officers)) return Forbid();
        var back = RedirectToAction("Details", "Projects", new { id = projectId });
        var (upload, error) = await storage.StoreAsync(file, allowOffice: true, ct);
        if (upload is null)
        {
            TempData["Error"] = error;
            return back;
        }
        await storage.RecordAsync(upload, () =>
        {
            db.ProjectAttachments.Add(new ProjectAttachment(projectId, upload.FileName, upload.ContentType,
                upload.Size, upload.StoredName));
            return db.SaveChangesAsync(ct);
        });
        TempData.Notice("Đã tải tệp lên.");
        return back;
    }

    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var attachment = await db.ProjectAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null) return NotFound();
        var scope = await scopes.GetAsync(User, ct);
        if (!await db.Projects.InScope(scope).AnyAsync(p => p.Id == attachment.ProjectId, ct)) return NotFound();
        var path = storage.PathOf(attachment.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, attachment.ContentType, attachment.FileName);
    }
}
