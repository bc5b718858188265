namespace KhuyenCong.Domain.Documents;

/// <summary>
/// The documents the portal drafts from .docx templates (issue 14), one template each. The numbers are stored:
/// never renumber, only add at the end.
/// </summary>
public enum DocumentKind
{
    /// <summary>QĐ phê duyệt đề án khuyến công.</summary>
    ProjectApproval = 1,

    /// <summary>QĐ giao kế hoạch kinh phí khuyến công: one tranche of a plan, its recipients in the annex.</summary>
    AllocationDecision = 2,

    /// <summary>Hợp đồng thực hiện đề án, between the approving body and the implementing organisation.</summary>
    ProjectContract = 3,

    /// <summary>Biên bản nghiệm thu đề án.</summary>
    AcceptanceMinutes = 4,

    /// <summary>QĐ phê duyệt quyết toán đề án.</summary>
    SettlementDecision = 5,

    /// <summary>Tờ trình UBND tỉnh for a KCĐP plan and its project list.</summary>
    ProvincialSubmission = 6,

    /// <summary>QĐ công nhận sản phẩm CNNT tiêu biểu with its annex list.</summary>
    ProductRecognition = 7,

    /// <summary>
    /// The certificate of a recognised product, A4 landscape, with its QR code to the public registry.
    /// </summary>
    Certificate = 8,
}
