using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

public sealed record TemplateVersionRow(int Id, DocumentKind Kind, int TemplateVersion, string FileName, long Size,
    string UploadedBy, DateTime UploadedAtUtc, bool Withdrawn, long Version);
