using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>An organisation's templates: every version uploaded, newest first per kind, and the upload form.</summary>
public sealed record TemplatesPage(int OrganisationId, string OrganisationName,
    IReadOnlyList<TemplateVersionRow> Versions,
    TemplateUploadForm Form)
{
    /// <summary>The version in use for a kind: the newest not withdrawn, or null for the built-in template.</summary>
    public TemplateVersionRow? Current(DocumentKind kind) =>
        Versions.Where(v => v.Kind == kind && !v.Withdrawn).MaxBy(v => v.TemplateVersion);
}
