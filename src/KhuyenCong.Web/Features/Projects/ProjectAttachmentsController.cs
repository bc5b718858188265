using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// A project's files (PDF, Word, Excel, JPEG/PNG up to 10 MB), checked by content and stored outside the web
/// root; downloaded only as attachments, only by users who may see the project.
/// </summary>
public sealed class ProjectAttachmentsController(AppDbContext db, IUserScopeProvider scopes, AttachmentStorage storage) : Controller
{
    [HttpPost]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(int projectId, IFormFile? file, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => new { p.LocationUnitId }).SingleOrDefaultAsync(ct);
        var scope = await scopes.GetAsync(User, ct);
        if (project is null || !scope.Contains(project.LocationUnitId)) return NotFound();
        if (!ProjectRoles.MayDraft(User) && !User.IsInRole(RoleNames.MinistryOfficer)) return Forbid();
        var back = RedirectToAction("Details", "Projects", new { id = projectId });
        if (file is null || file.Length == 0)
        {
            TempData["Error"] = "Chọn một tệp để tải lên.";
            return back;
        }
        if (file.Length > AttachmentStorage.MaxBytes)
        {
            TempData["Error"] = "Tệp quá lớn: tối đa 10 MB.";
            return back;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var contentType = AttachmentStorage.Sniff(bytes) is var (type, _) ? type : OfficeFileSniffer.Sniff(bytes);
        if (contentType is null)
        {
            TempData["Error"] = "Chỉ nhận tệp PDF, Word, Excel hoặc ảnh JPEG, PNG (kiểm tra theo nội dung tệp).";
            return back;
        }
        var storedName = $"{Guid.NewGuid():N}.bin";
        await storage.SaveAsync(storedName, bytes, ct);
        try
        {
            db.ProjectAttachments.Add(new ProjectAttachment(projectId, Path.GetFileName(file.FileName), contentType, bytes.Length, storedName));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            System.IO.File.Delete(storage.PathOf(storedName));
            throw;
        }
        TempData["Notice"] = "Đã tải tệp lên.";
        return back;
    }

    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var attachment = await db.ProjectAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null) return NotFound();
        var location = await db.Projects.AsNoTracking().Where(p => p.Id == attachment.ProjectId).Select(p => p.LocationUnitId).SingleAsync(ct);
        if (!(await scopes.GetAsync(User, ct)).Contains(location)) return NotFound();
        var path = storage.PathOf(attachment.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, attachment.ContentType, attachment.FileName);
    }
}
