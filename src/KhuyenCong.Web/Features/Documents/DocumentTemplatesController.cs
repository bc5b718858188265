using System.Security.Cryptography;
using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// An organisation's own document templates, kept by administrators from the organisation's page: download the
/// built-in or current template, upload a new version (checked by <see cref="TemplateCheck"/>), withdraw one.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class DocumentTemplatesController(AppDbContext db, AttachmentStorage storage,
    IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    // The views live with the feature's other views, under Documents.
    private const string TemplatesView = "~/Features/Documents/Views/Templates.cshtml";
    private const string Duplicate = "Một phiên bản mẫu khác vừa được tải lên cùng lúc; hãy tải lại trang và thử lại.";

    [HttpGet]
    public async Task<IActionResult> Index(int organisationId, CancellationToken ct)
    {
        var page = await PageAsync(organisationId, new TemplateUploadForm(), ct);
        return page is null ? NotFound() : View(TemplatesView, page);
    }

    [HttpPost]
    [RequestSizeLimit(TemplateCheck.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(int organisationId, TemplateUploadForm form, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct)) return NotFound();
        if (form.Kind is not { } kind || !Enum.IsDefined(kind))
            ModelState.AddModelError(nameof(form.Kind), localizer["Chọn loại văn bản."]);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var bytes = await ReadAsync(form.File, ct);
            TemplateCheck.Validate(bytes, DocumentCatalog.Of(form.Kind!.Value));
            var next = 1 + (await db.DocumentTemplates
                .Where(t => t.OrganisationId == organisationId && t.Kind == form.Kind)
                .MaxAsync(t => (int?)t.TemplateVersion, ct) ?? 0);
            var storedName = $"{Guid.NewGuid():N}.bin";
            Directory.CreateDirectory(storage.Folder);
            await System.IO.File.WriteAllBytesAsync(storage.PathOf(storedName), bytes, ct);
            var template = new DocumentTemplate(organisationId, form.Kind.Value, next,
                AttachmentFileName.Normalise(form.File!.FileName), storedName, bytes.Length,
                Convert.ToHexString(SHA256.HashData(bytes)), User.Identity?.Name ?? "");
            db.DocumentTemplates.Add(template);
            // The attachments' one way to record a stored file: when the save or its audit fails, the file is
            // removed (no template file without its row), and the refusal goes on to the form.
            await storage.RecordAsync(new StoredUpload(template.FileName, DocumentsController.DocxContentType, false,
                bytes.Length, storedName), () => db.SaveChangesAsync(ct));
            TempData["Notice"] = localizer["Đã tải lên mẫu {0}, phiên bản {1}.",
                localizer[DocumentCatalog.Of(template.Kind).Title], next].Value;
            return RedirectToAction(nameof(Index), new { organisationId });
        }, async () => View(TemplatesView, await PageAsync(organisationId, form, ct)), ct, duplicate: Duplicate);
    }

    [HttpPost]
    public async Task<IActionResult> Withdraw(int id, long version, CancellationToken ct)
    {
        var template = await db.DocumentTemplates.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return NotFound();
        db.Entry(template).Property(t => t.Version).OriginalValue = version;
        return await this.SaveOrNoticeAsync(async () =>
        {
            template.Withdraw();
            await db.SaveChangesAsync(ct);
        }, localizer["Đã thôi sử dụng phiên bản mẫu {0}.", template.TemplateVersion].Value,
            RedirectToAction(nameof(Index), new { organisationId = template.OrganisationId }));
    }

    /// <summary>An uploaded version, to edit it further in Word.</summary>
    [HttpGet]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var template = await db.DocumentTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return NotFound();
        var bytes = await System.IO.File.ReadAllBytesAsync(storage.PathOf(template.StoredName), ct);
        return File(bytes, DocumentsController.DocxContentType, template.FileName);
    }

    /// <summary>The portal's own template of a kind: the starting point for an organisation's version.</summary>
    [HttpGet]
    public IActionResult BuiltIn(DocumentKind kind)
    {
        if (!Enum.IsDefined(kind)) return NotFound();
        return File(BuiltInTemplates.Read(kind), DocumentsController.DocxContentType,
            $"mau-{DocumentCatalog.Of(kind).Slug}-{BuiltInTemplates.Version}.docx");
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message)
    {
        var view = View("~/Features/Documents/Views/Refused.cshtml", message);
        view.StatusCode = statusCode;
        return view;
    }

    private static async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new DomainException("Chọn một tệp mẫu .docx để tải lên.");
        if (file.Length > TemplateCheck.MaxBytes)
            throw new DomainException("Tệp mẫu quá lớn: tối đa {0} MB.", TemplateCheck.MaxBytes / 1024 / 1024);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private async Task<TemplatesPage?> PageAsync(int organisationId, TemplateUploadForm form, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct);
        if (organisation is null) return null;
        var versions = await db.DocumentTemplates.AsNoTracking().Where(t => t.OrganisationId == organisationId)
            .OrderBy(t => t.Kind).ThenByDescending(t => t.TemplateVersion)
            .Select(t => new TemplateVersionRow(t.Id, t.Kind, t.TemplateVersion, t.FileName, t.Size, t.UploadedBy,
                t.CreatedAtUtc, t.Withdrawn, t.Version))
            .ToListAsync(ct);
        return new TemplatesPage(organisation.Id, organisation.Name, versions, form);
    }
}
