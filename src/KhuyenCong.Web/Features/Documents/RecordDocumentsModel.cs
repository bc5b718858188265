using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

public sealed record RecordDocumentsModel(IReadOnlyList<DocumentKind> Kinds, int SubjectId, bool CanDraft,
    IReadOnlyList<int> Parts, IReadOnlyList<DraftRow> Drafts);
