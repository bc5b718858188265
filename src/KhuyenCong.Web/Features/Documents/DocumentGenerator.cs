using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Documents.Docx;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// Drafts a document for a record on behalf of the signed-in user: their organisation's letterhead and template
/// (its newest version not withdrawn, else the built-in one), the record's data, and a <see cref="GeneratedDocument"/>
/// row naming the template version, saved before the file is handed out.
/// </summary>
public sealed class DocumentGenerator(AppDbContext db, ILetterheadSource letterheads, IUserScopeProvider scopes,
    AttachmentStorage storage, TimeProvider clock, Projects.CurrentActor actors)
{
    public async Task<(GeneratedFile? File, DraftResult Result)> GenerateAsync(DocumentKind kind, int id, int? part,
        ClaimsPrincipal user, Func<string, string> registryUrl, CancellationToken ct)
    {
        var organisation = await scopes.GetOrganisationAsync(user, ct);
        if (organisation is null) return (null, DraftResult.Forbidden);
        var scope = await scopes.GetAsync(user, ct);
        var today = VietnamTime.Today(clock);
        var data = DocumentFields.Start(await letterheads.ForOrganisationAsync(organisation.Id, ct), today);
        var result = kind switch
        {
            DocumentKind.AllocationDecision =>
                await PlanDocumentData.AllocationAsync(db, id, part, user, scope, data, ct),
            DocumentKind.ProvincialSubmission => await PlanDocumentData.SubmissionAsync(db, id, user, scope, data, ct),
            DocumentKind.ProductRecognition => await ProductDocumentData.RecognitionAsync(db, id, user, scope,
                await OrganisationIdsAsync(user, organisation.Id, ct), data, ct),
            DocumentKind.Certificate => await ProductDocumentData.CertificateAsync(db, id, user, scope,
                await OrganisationIdsAsync(user, organisation.Id, ct), registryUrl, data, ct),
            _ => await ProjectDocumentData.BuildAsync(db, id, user, await actors.GetAsync(user, ct), scope, kind,
                data, ct),
        };
        if (result.Draft is not { } found) return (null, result);

        var (template, templateId, label) = await TemplateAsync(organisation.Id, kind, ct);
        var fileName = found.FileStem + ".docx";
        var bytes = DocxTemplate.Fill(template, found.Data, label, kind.ToString());
        var record = new GeneratedDocument(kind, id, kind == DocumentKind.AllocationDecision ? part : null,
            organisation.Id, templateId, label, fileName, user.Identity?.Name ?? "",
            clock.GetUtcNow().UtcDateTime);
        db.GeneratedDocuments.Add(record);
        await db.SaveChangesAsync(ct);
        return (new GeneratedFile(bytes, record), result);
    }

    /// <summary>The organisation's current template of the kind, or the built-in one.</summary>
    public async Task<(byte[] Bytes, int? Id, string Label)> TemplateAsync(int organisationId, DocumentKind kind,
        CancellationToken ct)
    {
        var own = await db.DocumentTemplates.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId && t.Kind == kind && !t.Withdrawn)
            .OrderByDescending(t => t.TemplateVersion)
            .Select(t => new { t.Id, t.TemplateVersion, t.StoredName, Organisation = db.Organisations
                .Where(o => o.Id == t.OrganisationId).Select(o => o.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (own is null) return (BuiltInTemplates.Read(kind), null, BuiltInTemplates.Label);
        var bytes = await File.ReadAllBytesAsync(storage.PathOf(own.StoredName), ct);
        return (bytes, own.Id, TemplateLabel(own.Organisation, own.TemplateVersion));
    }

    public static string TemplateLabel(string organisation, int version) => $"{organisation} – phiên bản {version}";

    private async Task<IReadOnlyCollection<int>> OrganisationIdsAsync(ClaimsPrincipal user, int own,
        CancellationToken ct)
    {
        var predecessors = await scopes.GetPredecessorsAsync(user, ct);
        return [own, .. predecessors.Select(p => p.OrganisationId)];
    }
}
