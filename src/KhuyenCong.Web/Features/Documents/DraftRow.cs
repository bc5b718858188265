using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

public sealed record DraftRow(int Id, DocumentKind Kind, int? Part, string FileName, string TemplateLabel,
    string GeneratedBy, string GeneratedAt, string? SignedNumber, string SignedDate);
