using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>The finished draft: the .docx bytes and the row that records it.</summary>
public sealed record GeneratedFile(byte[] Content, GeneratedDocument Record);
