using KhuyenCong.Web.Features.Documents.Docx;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// The data of one record for one kind, and the name its file gets ("qd-phe-duyet-de-an-KCĐP-….docx").
/// </summary>
public sealed record DocumentDraft(DocumentData Data, string FileStem);
