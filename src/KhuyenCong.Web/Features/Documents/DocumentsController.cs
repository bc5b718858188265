using KhuyenCong.Data;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Hosting;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// Drafting a document from a record's page (a .docx to edit and sign) and recording back the number and date the
/// signed document carries. Officers only; each kind's keeper is checked with the record (see the data builders).
/// </summary>
[Authorize(Policy = Policies.Officers)]
public sealed class DocumentsController(AppDbContext db, DocumentGenerator generator, IUserScopeProvider scopes,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A POST, because drafting writes the row that records the template version.</summary>
    [HttpPost]
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Generate(DocumentKind kind, int id, int? part, CancellationToken ct)
    {
        if (!Enum.IsDefined(kind)) return NotFound();
        var (file, result) = await generator.GenerateAsync(kind, id, part, User, RegistryUrl, ct);
        if (file is not null) return File(file.Content, DocxContentType, file.Record.FileName);
        return result.Status switch
        {
            StatusCodes.Status403Forbidden => Forbid(),
            StatusCodes.Status409Conflict => RefusedPage(StatusCodes.Status409Conflict,
                localizer[result.Reason!].Value),
            _ => NotFound(),
        };
    }

    [HttpGet]
    public async Task<IActionResult> Record(int id, CancellationToken ct)
    {
        var document = await db.GeneratedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return NotFound();
        if (!await IsIssuerAsync(document, ct)) return Forbid();
        // Not recorded yet: start from the decision its step already holds (a tranche's, a round's), if any.
        var step = document.SignedNumber is null ? await StepDecisionNumbers.OfAsync(db, document, ct) : null;
        return View(Page(document, new SignedDocumentForm
        {
            SignedNumber = document.SignedNumber ?? step?.Number, SignedDate = document.SignedDate ?? step?.Date,
            Version = document.Version,
        }));
    }

    [HttpPost]
    public async Task<IActionResult> Record(int id, SignedDocumentForm form, CancellationToken ct)
    {
        var document = await db.GeneratedDocuments.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return NotFound();
        if (!await IsIssuerAsync(document, ct)) return Forbid();
        db.Entry(document).Property(d => d.Version).OriginalValue = form.Version;
        return await this.SaveOrShowFormAsync(form, async () =>
        {
            document.RecordSigned(form.SignedNumber ?? "", form.SignedDate!.Value,
                DateOnly.FromDateTime(VietnamTime.ToLocal(document.GeneratedAtUtc)));
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = localizer["Đã ghi số và ngày ký của văn bản."].Value;
            return Redirect(await SubjectUrlAsync(document, ct));
        }, () => View(Page(document, form)), ct);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) => RefusedPage(statusCode, message);

    private ViewResult RefusedPage(int statusCode, string message)
    {
        var view = View("Refused", message);
        view.StatusCode = statusCode;
        return view;
    }

    private SignedDocumentPage Page(GeneratedDocument document, SignedDocumentForm form) =>
        new(document.Id, DocumentCatalog.Of(document.Kind).Title, document.FileName, document.TemplateLabel,
            VietnamTime.DateTimeText(document.GeneratedAtUtc), document.GeneratedBy, form);

    /// <summary>The drafting organisation (or its successor) records the signed number, nobody else.</summary>
    private async Task<bool> IsIssuerAsync(GeneratedDocument document, CancellationToken ct)
    {
        if (await scopes.GetOrganisationAsync(User, ct) is not { } organisation) return false;
        if (organisation.HasEndedBy(VietnamTime.Today(clock))) return false;
        if (organisation.Id == document.OrganisationId) return true;
        var predecessors = await scopes.GetPredecessorsAsync(User, ct);
        return predecessors.Any(p => p.OrganisationId == document.OrganisationId);
    }

    private async Task<string> SubjectUrlAsync(GeneratedDocument document, CancellationToken ct) =>
        document.Kind switch
        {
            DocumentKind.AllocationDecision or DocumentKind.ProvincialSubmission =>
                Url.Action("Details", "Plans", new { id = document.SubjectId })!,
            DocumentKind.ProductRecognition => Url.Action("Details", "ProductRounds", new { id = document.SubjectId })!,
            DocumentKind.Certificate => Url.Action("Details", "ProductEntries", new
            {
                id = await db.Certificates.Where(c => c.Id == document.SubjectId).Select(c => c.EntryId)
                    .SingleAsync(ct),
            })!,
            _ => Url.Action("Details", "Projects", new { id = document.SubjectId })!,
        };

    private string RegistryUrl(string number) =>
        Url.Action("Details", "Certificates", new { number }, Request.Scheme, Request.Host.ToString())!;
}
