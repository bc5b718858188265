using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Photos and documents of an entry: upload by officers in scope until the decision, download by whoever may see
/// the entry. A refused upload answers the entry's page with the reason (nothing stored).
/// </summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class EntryAttachmentsController(AppDbContext db, IUserScopeProvider scopes, AttachmentStorage storage)
    : EntryPageControllerBase(db, scopes)
{
    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public Task<IActionResult> Upload(int entryId, IFormFile? file, CancellationToken ct) =>
        EntryStepAsync(new EntryStepInput(entryId, EntryStep.Attach, null, null), ProductAction.AttachFile, null,
            async (entry, round) =>
            {
                // The state first, so a refused upload never reaches the disk.
                round.RequireStep(ProductAction.AttachFile, "Vòng bình chọn đã có quyết định: không bổ sung hồ sơ.");
                var (upload, error) = await storage.StoreAsync(file, allowOffice: false, ct);
                if (upload is null) throw new DomainException(error ?? "Chọn một tệp để tải lên.");
                await storage.RecordAsync(upload, () =>
                {
                    entry.Attach(round, new EntryAttachment(upload.FileName, upload.ContentType, upload.Size,
                        upload.StoredName, upload.IsPhoto));
                    return Db.SaveChangesAsync(ct);
                });
                TempData["Notice"] = "Đã tải tệp lên.";
                return RedirectToAction("Details", "ProductEntries", new { id = entryId });
            }, ct);

    /// <summary>
    /// Always a download (attachment disposition), never rendered inline: the browser does not interpret uploaded
    /// content.
    /// </summary>
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var attachment = await Db.Set<EntryAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null || await FindEntryAsync(attachment.EntryId, ct) is null) return NotFound();
        var path = storage.PathOf(attachment.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, attachment.ContentType, attachment.FileName);
    }
}
