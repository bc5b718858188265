namespace KhuyenCong.Web.Features.Documents;

/// <summary>The page that records a signed document's number and date: what was drafted, and the form.</summary>
public sealed record SignedDocumentPage(int Id, string Title, string FileName, string TemplateLabel, string GeneratedAt,
    string GeneratedBy, SignedDocumentForm Form);
