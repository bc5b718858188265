using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// Đề án khuyến công (DOMAIN §5): the proposal while it is a draft, then its workflow and its money.
/// Every step is a method here that checks the state (else <see cref="WorkflowException"/>), the rules
/// and who acts, and writes a history row in the same save. See Project.Workflow.cs for the steps.
/// </summary>
public partial class Project : AuditableEntity, IScopedRecord
{
    private readonly List<CostLine> _costLines = [];
    private readonly List<ProjectBeneficiary> _beneficiaries = [];
    private readonly List<ProjectHistoryEntry> _history = [];
    private readonly List<Disbursement> _disbursements = [];

    private Project() { }

    public Project(ProjectDraft draft, IEnumerable<CostLine> costLines, IEnumerable<int> beneficiaryIds, Actor by,
        DateTime nowUtc)
    {
        CreatedByUserId = by.UserId;
        Status = ProjectStatus.Draft;
        Apply(draft, costLines, beneficiaryIds);
        Record(ProjectAction.Created, ProjectStatus.Draft, by, nowUtc);
    }

    /// <summary>
    /// KCQG-2021-HBH-001: fund, year, province abbreviation, sequence; given once by the numbering service.
    /// </summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";
    public string SearchKey { get; private set; } = "";
    public ProjectKind Kind { get; private set; }
    public Fund Fund { get; private set; }
    public int Year { get; private set; }
    public int ActivityContentId { get; private set; }
    public ActivityContent? ActivityContent { get; private set; }
    public int ImplementingOrganisationId { get; private set; }
    public Organisations.Organisation? ImplementingOrganisation { get; private set; }
    public int LocationUnitId { get; private set; }
    public AdministrativeUnits.AdministrativeUnit? LocationUnit { get; private set; }

    /// <summary>The statistics-office code of the location's province, kept for filters and reports.</summary>
    public string ProvinceCode { get; private set; } = "";

    public string? Objectives { get; private set; }
    public string? ExpectedResults { get; private set; }
    public int EstablishmentsSupported { get; private set; }
    public int WorkersTrained { get; private set; }
    public int Machines { get; private set; }
    public int DemonstrationModels { get; private set; }
    public int Jobs { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    public long TotalCostDong { get; private set; }
    public long RequestedSupportDong { get; private set; }
    public long? AppraisedSupportDong { get; private set; }
    public int? BaseScore { get; private set; }
    public int? MinistryScore { get; private set; }
    public long? ApprovedSupportDong { get; private set; }
    public string? ApprovalDecisionNumber { get; private set; }
    public DateOnly? ApprovalDecisionDate { get; private set; }
    public string? ContractNumber { get; private set; }
    public DateOnly? ContractDate { get; private set; }
    public long DisbursedDong { get; private set; }
    public string? AcceptanceNumber { get; private set; }
    public DateOnly? AcceptanceDate { get; private set; }
    public long? SettledDong { get; private set; }
    public string? SettlementDecisionNumber { get; private set; }
    public DateOnly? SettlementDate { get; private set; }

    public ProjectStatus Status { get; private set; }
    public string CreatedByUserId { get; private set; } = "";

    public IReadOnlyList<CostLine> CostLines => _costLines;
    public IReadOnlyList<ProjectBeneficiary> Beneficiaries => _beneficiaries;
    public IReadOnlyList<ProjectHistoryEntry> History => _history;
    public IReadOnlyList<Disbursement> Disbursements => _disbursements;

    public Vnd TotalCost => new(TotalCostDong);
    public Vnd RequestedSupport => new(RequestedSupportDong);
    public Vnd? ApprovedSupport => ApprovedSupportDong is { } v ? new Vnd(v) : null;
    public Vnd Disbursed => new(DisbursedDong);
    int? IScopedRecord.ScopeUnitId => LocationUnitId;

    public void AssignCode(string code)
    {
        if (Code.Length > 0) throw new InvalidOperationException("A project's code is given once.");
        Code = Guard.Required(code, "mã đề án");
    }

    /// <summary>Changes a draft (or a project returned for revision); every other state answers 409.</summary>
    public void Edit(ProjectDraft draft, IEnumerable<CostLine> costLines, IEnumerable<int> beneficiaryIds, Actor by,
        DateTime nowUtc)
    {
        RequireStatus(ProjectAction.Edited, ProjectStatus.Draft);
        Apply(draft, costLines, beneficiaryIds);
        Record(ProjectAction.Edited, ProjectStatus.Draft, by, nowUtc);
    }

    private void Apply(ProjectDraft draft, IEnumerable<CostLine> costLines, IEnumerable<int> beneficiaryIds)
    {
        BudgetRulesCheckYear(draft.Year);
        if (draft.StartDate is { } s && draft.EndDate is { } e && e < s)
            throw new DomainException(
                "Ngày kết thúc {0} trước ngày bắt đầu {1}.", MessageArguments.Date(e), MessageArguments.Date(s));
        var i = draft.Indicators;
        if (i.EstablishmentsSupported < 0 || i.WorkersTrained < 0 || i.Machines < 0 || i.DemonstrationModels < 0
            || i.Jobs < 0)
            throw new DomainException("Các chỉ tiêu kết quả không được âm.");
        Name = Guard.Required(draft.Name, "tên đề án");
        SearchKey = VietnameseText.SearchKey(Name);
        Kind = draft.Kind;
        Fund = draft.Fund;
        Year = draft.Year;
        ActivityContentId = draft.ActivityContentId;
        ImplementingOrganisationId = draft.ImplementingOrganisationId;
        LocationUnitId = draft.LocationUnitId;
        ProvinceCode = Guard.Required(draft.LocationProvinceCode, "tỉnh của địa điểm");
        Objectives = Clean(draft.Objectives);
        ExpectedResults = Clean(draft.ExpectedResults);
        (EstablishmentsSupported, WorkersTrained, Machines, DemonstrationModels, Jobs) =
            (i.EstablishmentsSupported, i.WorkersTrained, i.Machines, i.DemonstrationModels, i.Jobs);
        StartDate = draft.StartDate;
        EndDate = draft.EndDate;

        var lines = costLines.ToList();
        _costLines.Clear();
        _costLines.AddRange(lines);
        TotalCostDong = lines.Sum(l => l.TotalDong);
        RequestedSupportDong = lines.Sum(l => l.FundSupportDong);

        var ids = beneficiaryIds.Distinct().ToList();
        _beneficiaries.RemoveAll(b => !ids.Contains(b.EstablishmentId));
        foreach (var id in ids.Where(id => _beneficiaries.All(b => b.EstablishmentId != id)))
            _beneficiaries.Add(new ProjectBeneficiary(id));
    }

    private static void BudgetRulesCheckYear(int year)
    {
        if (year is < 2000 or > 2100) throw new DomainException("Năm kế hoạch {0} không hợp lệ.", year);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
