using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// Giao kinh phí: one entry of a tranche (đợt) from an annual plan to a recipient organisation, with
/// its decision. Entries are append-only; a correction is a new entry (positive or negative) that names
/// the entry it corrects and why. Created only through <see cref="AnnualPlan"/>, which checks the ceiling.
/// </summary>
public class Allocation : AuditableEntity, IAppendOnly
{
    private readonly List<AllocationProject> _projects = [];

    private Allocation() { }

    internal Allocation(AnnualPlan plan, Organisation recipient, int tranche, Vnd amount,
        string decisionNumber, DateOnly decisionDate, string? note, Allocation? corrects)
    {
        if (tranche is < 1 or > 99) throw new DomainException("Đợt giao kinh phí phải là số từ 1 đến 99.");
        CheckRecipient(plan.Fund, recipient);
        if (recipient.ValidTo is { } closed && closed < decisionDate)
            throw new DomainException("{0} đã ngừng hoạt động từ {1}.", recipient.Name, MessageArguments.Date(closed));
        Plan = plan;
        PlanId = plan.Id;
        Recipient = recipient;
        RecipientId = recipient.Id;
        Tranche = tranche;
        AmountDong = amount.Dong;
        DecisionNumber = Guard.Required(decisionNumber, "số quyết định giao kinh phí");
        if (decisionDate.Year < plan.Year - 1 || decisionDate.Year > plan.Year + 1)
            throw new DomainException(
                "Ngày quyết định {0} không thuộc năm kế hoạch {1}.", MessageArguments.Date(decisionDate), plan.Year);
        DecisionDate = decisionDate;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Corrects = corrects;
        CorrectsId = corrects?.Id;
    }

    public int PlanId { get; private set; }
    public AnnualPlan? Plan { get; private set; }
    public int RecipientId { get; private set; }
    public Organisation? Recipient { get; private set; }
    public int Tranche { get; private set; }
    public long AmountDong { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }

    /// <summary>Free note for a tranche entry; the reason for a correction.</summary>
    public string? Note { get; private set; }

    public int? CorrectsId { get; private set; }
    public Allocation? Corrects { get; private set; }

    public Vnd Amount => new(AmountDong);
    public bool IsCorrection => CorrectsId is not null || Corrects is not null;

    /// <summary>The projects this entry funds (its amount and decision never change; the links may).</summary>
    public IReadOnlyList<AllocationProject> Projects => _projects;

    /// <summary>
    /// Ties this tranche entry to the projects it funds, replacing the earlier choice: each an approved project of the
    /// recipient (or of an organisation it succeeded, in <paramref name="recipientIds"/>) for the plan's fund and year.
    /// A correction entry funds nothing of its own.
    /// </summary>
    public void LinkProjects(IReadOnlyCollection<Projects.Project> projects, IReadOnlyCollection<int> recipientIds)
    {
        if (IsCorrection)
            throw new DomainException("Khoản điều chỉnh không gắn với đề án; hãy gắn đề án vào đợt giao kinh phí.");
        var plan = Plan ?? throw new InvalidOperationException("The allocation's plan is not loaded.");
        foreach (var project in projects)
        {
            if (project.Fund != plan.Fund || project.Year != plan.Year)
                throw new DomainException("Đề án {0} không thuộc kế hoạch {1} năm {2}.",
                    project.Code, FundNames.Code(plan.Fund), plan.Year);
            if (!recipientIds.Contains(project.ImplementingOrganisationId))
                throw new DomainException("Đề án {0} không do đơn vị nhận kinh phí này thực hiện.", project.Code);
            if (!Domain.Projects.ProjectStatusGroups.Approved.Contains(project.Status))
                throw new DomainException("Đề án {0} chưa được phê duyệt nên chưa cấp kinh phí được.", project.Code);
        }
        var ids = projects.Select(p => p.Id).ToHashSet();
        _projects.RemoveAll(link => !ids.Contains(link.ProjectId));
        foreach (var id in ids.Where(id => _projects.All(link => link.ProjectId != id)))
            _projects.Add(new AllocationProject(this, id));
    }

    /// <summary>
    /// Who may receive each fund: provinces' units and ministry service units for KCQG, the province's own units for
    /// KCĐP.
    /// </summary>
    public static bool CanReceive(Fund fund, OrganisationKind kind) => fund switch
    {
        Fund.Kcqg => kind is OrganisationKind.ProvincialDepartment or OrganisationKind.ProvincialExtensionCentre
            or OrganisationKind.MinistryServiceUnit,
        _ => kind is OrganisationKind.ProvincialDepartment or OrganisationKind.ProvincialExtensionCentre
            or OrganisationKind.DistrictCommittee or OrganisationKind.CommuneCommittee,
    };

    private static void CheckRecipient(Fund fund, Organisation recipient)
    {
        if (!CanReceive(fund, recipient.Kind))
            throw fund == Fund.Kcqg
                ? new DomainException(
                    "{0} không nhận kinh phí KCQG: chỉ giao cho Sở Công Thương, Trung tâm Khuyến công các tỉnh " +
                    "và đơn vị sự nghiệp của Bộ.",
                    recipient.Name)
                : new DomainException(
                    "{0} không nhận kinh phí KCĐP: chỉ giao cho các đơn vị của tỉnh.", recipient.Name);
    }
}
