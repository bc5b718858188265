using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// The documents of issue 14 and their placeholders, in one place: the data builders fill exactly these names,
/// the upload check refuses any other, and the README lists them.
/// </summary>
public static class DocumentCatalog
{
    /// <summary>The letterhead (ILetterheadSource) and the day of drafting, in every kind.</summary>
    public static readonly IReadOnlyList<string> Common =
        ["SuperiorAgency", "IssuingAgency", "Place", "PreparerTitle", "HeadTitle", "SignerName", "Today", "Year"];

    private static readonly string[] ProjectFields =
    [
        "ProjectCode", "ProjectName", "ProjectYear", "Fund", "ProjectKind", "ActivityContent",
        "ImplementingOrganisation", "Location", "Objectives", "ExpectedResults", "StartDate", "EndDate",
        "TotalCost", "RequestedSupport", "ApprovedSupport", "SettledSupport", "BeneficiaryCount",
        "ApprovalNumber", "ApprovalDate", "ContractNumber", "ContractDate", "AcceptanceNumber", "AcceptanceDate",
        "LinesTotal", "LinesFundSupport", "LinesContribution", "LinesOtherSources", "LinesSettled",
    ];

    private static readonly Dictionary<string, IReadOnlyList<string>> ProjectTables = new()
    {
        ["Lines"] = ["No", "Item", "Total", "FundSupport", "Contribution", "OtherSources", "Settled", "Note"],
        ["Beneficiaries"] = ["No", "Name", "Address"],
    };

    public static readonly IReadOnlyList<DocumentKindInfo> All =
    [
        Project(DocumentKind.ProjectApproval, "qd-phe-duyet-de-an", "Quyết định phê duyệt đề án khuyến công",
            ["ProjectName", "ApprovedSupport"]),
        new(DocumentKind.AllocationDecision, "qd-giao-ke-hoach-kinh-phi",
            "Quyết định giao kế hoạch kinh phí khuyến công",
            false,
            [.. Common, "PlanYear", "Fund", "Tranche", "DecisionNumber", "DecisionDate", "TrancheTotal", "Estimate",
             "RecipientCount"],
            new Dictionary<string, IReadOnlyList<string>> { ["Recipients"] = ["No", "Name", "Amount", "Note"] },
            [], ["IssuingAgency", "Tranche", "Recipients.Name", "Recipients.Amount"]),
        Project(DocumentKind.ProjectContract, "hop-dong-thuc-hien-de-an", "Hợp đồng thực hiện đề án khuyến công",
            ["ProjectName", "ImplementingOrganisation"]),
        Project(DocumentKind.AcceptanceMinutes, "bien-ban-nghiem-thu", "Biên bản nghiệm thu đề án khuyến công",
            ["ProjectName"]),
        Project(DocumentKind.SettlementDecision, "qd-phe-duyet-quyet-toan", "Quyết định phê duyệt quyết toán đề án",
            ["ProjectName", "SettledSupport"]),
        new(DocumentKind.ProvincialSubmission, "to-trinh-ubnd-tinh",
            "Tờ trình UBND tỉnh về kế hoạch khuyến công địa phương",
            false,
            [.. Common, "PlanYear", "Province", "Estimate", "Allocated", "ProjectCount", "ProjectsTotal"],
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["Projects"] = ["No", "Code", "Name", "Organisation", "Location", "Support"],
            },
            [], ["IssuingAgency", "PlanYear", "Projects.Name"]),
        new(DocumentKind.ProductRecognition, "qd-cong-nhan-san-pham", "Quyết định công nhận sản phẩm CNNT tiêu biểu",
            false,
            [.. Common, "RoundTitle", "RoundYear", "RoundLevel", "DecisionNumber", "DecisionDate", "ProductCount"],
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["Products"] = ["No", "Product", "Producer", "Province", "Group", "Score", "CertificateNumber"],
            },
            [], ["IssuingAgency", "Products.Product"]),
        new(DocumentKind.Certificate, "giay-chung-nhan", "Giấy chứng nhận sản phẩm CNNT tiêu biểu", true,
            [.. Common, "CertificateNumber", "ProductName", "Producer", "ProducerAddress", "Province", "Group", "Level",
             "RoundYear", "IssueDate", "ValidUntil", "RegistryUrl"],
            new Dictionary<string, IReadOnlyList<string>>(),
            ["QrCode"], ["CertificateNumber", "ProductName", "QrCode"]),
    ];

    public static DocumentKindInfo Of(DocumentKind kind) => All.Single(k => k.Kind == kind);

    /// <summary>The kinds drafted from a project's page.</summary>
    public static readonly IReadOnlyList<DocumentKind> ProjectKinds =
    [
        DocumentKind.ProjectApproval, DocumentKind.ProjectContract, DocumentKind.AcceptanceMinutes,
        DocumentKind.SettlementDecision,
    ];

    /// <summary>
    /// The kinds drafted from a plan's page: the tranche decisions, and the submission for a KCĐP plan.
    /// </summary>
    public static IReadOnlyList<DocumentKind> PlanKinds(Domain.Budgets.Fund fund) =>
        fund == Domain.Budgets.Fund.Kcdp
            ? [DocumentKind.AllocationDecision, DocumentKind.ProvincialSubmission]
            : [DocumentKind.AllocationDecision];

    private static DocumentKindInfo Project(DocumentKind kind, string slug, string title, string[] required) =>
        new(kind, slug, title, false, [.. Common, .. ProjectFields], ProjectTables, [], ["IssuingAgency", .. required]);
}
