using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>Every step of DOMAIN §5 from every state: allowed ones move, the others throw WorkflowException and change nothing.</summary>
public sealed class ProjectWorkflowTests
{
    // The implementer is organisation 10 (NewDraft). Separation of duties (DOMAIN §11): a Sở officer appraises, another
    // records the province's decision; the ministry approves KCQG; acceptance and settlement at the approving level.
    private static readonly Actor Creator = new("u-creator", "Người lập", 10);
    private static readonly Actor Appraiser = new("u-appraiser", "Cán bộ thẩm định", 2)
        { OrganisationKind = OrganisationKind.ProvincialDepartment };
    private static readonly Actor Department = new("u-dept", "Cán bộ Sở", 2)
        { OrganisationKind = OrganisationKind.ProvincialDepartment };
    private static readonly Actor Ministry = new("u-bo", "Cán bộ Bộ", 3)
        { OrganisationKind = OrganisationKind.Ministry };

    private static Actor Approver(Project p) => p.Fund == Fund.Kcqg ? Ministry : Department;
    private static readonly DateTime Now = new(2021, 5, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2021, 5, 1);
    private static Vnd M(decimal v) => Vnd.FromMillions(v);
    private static readonly FundingHeadroom Plenty = new("Sở Công Thương Hòa Bình", M(1_100), Vnd.Zero);

    internal static Project NewDraft(Fund fund = Fund.Kcqg, ProjectKind kind = ProjectKind.Group, int beneficiaries = 2)
    {
        var draft = new ProjectDraft("Ứng dụng máy móc chế biến nông sản", kind, fund, 2021, 4, 10, 100, "17", "Hỗ trợ máy móc", null,
            new ProjectIndicators(2, 0, 4, 0, 20), new(2021, 4, 1), new(2021, 11, 30));
        CostLine[] lines =
        [
            new(1, "Máy sấy", M(800), M(400), M(400), Vnd.Zero, null),
            new(2, "Máy đóng gói", M(400), M(200), M(200), Vnd.Zero, null),
        ];
        return new Project(draft, lines, Enumerable.Range(1, beneficiaries), Creator, Now);
    }

    /// <summary>Takes a fresh project along the main path up to <paramref name="status"/>.</summary>
    internal static Project In(ProjectStatus status, Fund fund = Fund.Kcqg)
    {
        var p = NewDraft(fund);
        if (status == ProjectStatus.Draft) return p;
        p.Submit(Creator, Now, "ND04", null);
        if (status == ProjectStatus.Submitted) return p;
        p.AppraiseBase(Appraiser, Now, 80, M(600), null);
        if (status == ProjectStatus.BaseAppraised) return p;
        if (fund == Fund.Kcqg)
        {
            p.Register(Department, Now, null);
            if (status == ProjectStatus.Registered) return p;
            if (status == ProjectStatus.Rejected) { p.Reject(Ministry, Now, "Không đạt"); return p; }
        }
        p.Approve(fund == Fund.Kcqg ? Ministry : Department, Now, fund == Fund.Kcqg ? 85 : null, M(600), "1/QĐ", Day, null, null);
        if (status == ProjectStatus.Approved) return p;
        if (status == ProjectStatus.Stopped) { p.Stop(Approver(p), Now, "2/QĐ", Day, "Không triển khai"); return p; }
        p.Start(Creator, Now, "HĐ 01", Day, Plenty);
        if (status == ProjectStatus.InProgress) return p;
        p.Accept(Approver(p), Now, "BB 01", Day, null);
        if (status == ProjectStatus.Accepted) return p;
        p.Settle(Approver(p), Now, M(590), "3/QĐ", Day, null);
        if (status == ProjectStatus.Settled) return p;
        // Closed: the balance paid, then closed (Project.Money.cs).
        p.Disburse(Department, Now, DisbursementKind.Payment, "UNC 9", Day, M(590), null);
        p.Close(Approver(p), Now, null);
        return p;
    }

    private static readonly Dictionary<ProjectAction, Action<Project>> Steps = new()
    {
        [ProjectAction.Submitted] = p => p.Submit(Creator, Now, "ND04", null),
        [ProjectAction.Returned] = p => p.Return(Department, Now, "Bổ sung hồ sơ"),
        [ProjectAction.BaseAppraised] = p => p.AppraiseBase(Department, Now, 80, M(600), null),
        [ProjectAction.Registered] = p => p.Register(Department, Now, null),
        [ProjectAction.Approved] = p => p.Approve(Approver(p), Now, 85, M(600), "1/QĐ", Day, null, null),
        [ProjectAction.Rejected] = p => p.Reject(Ministry, Now, "Không đạt"),
        [ProjectAction.Started] = p => p.Start(Creator, Now, "HĐ 01", Day, Plenty),
        // A payment: after settlement the balance is still paid, an advance no longer.
        [ProjectAction.Disbursed] = p =>
            p.Disburse(Department, Now, DisbursementKind.Payment, "UNC 1", Day, M(100), null),
        [ProjectAction.Accepted] = p => p.Accept(Approver(p), Now, "BB 01", Day, null),
        [ProjectAction.Settled] = p => p.Settle(Approver(p), Now, M(500), "3/QĐ", Day, null),
        [ProjectAction.Adjusted] = p => p.Adjust(Approver(p), Now, M(550), "4/QĐ", Day, "Giảm quy mô", null, Plenty),
        [ProjectAction.Stopped] = p => p.Stop(Approver(p), Now, "5/QĐ", Day, "Không triển khai"),
        // To next year's plan of the same fund: a carry every fund allows.
        [ProjectAction.Carried] = p => p.Carry(Approver(p), Now, p.Fund, p.Year + 1,
            KhuyenCong.Domain.Organisations.OrganisationKind.ProvincialDepartment, "Chưa được cấp kinh phí"),
    };

    /// <summary>
    /// DOMAIN §5's lifecycle written out here, independently of the production table: the steps each fund allows
    /// from each state (edits in draft; payments while in progress or accepted, DOMAIN §4; carrying an unfunded
    /// approval to another fund or year, §5's note). Everything else must be refused.
    /// </summary>
    private static readonly HashSet<(Fund, ProjectStatus, ProjectAction)> Expected = Both(
        (ProjectStatus.Draft, ProjectAction.Edited), (ProjectStatus.Draft, ProjectAction.Submitted),
        (ProjectStatus.Submitted, ProjectAction.Returned), (ProjectStatus.Submitted, ProjectAction.BaseAppraised),
        (ProjectStatus.Approved, ProjectAction.Started), (ProjectStatus.Approved, ProjectAction.Adjusted),
        (ProjectStatus.Approved, ProjectAction.Stopped), (ProjectStatus.Approved, ProjectAction.Carried),
        (ProjectStatus.InProgress, ProjectAction.Accepted), (ProjectStatus.InProgress, ProjectAction.Adjusted),
        (ProjectStatus.InProgress, ProjectAction.Stopped), (ProjectStatus.InProgress, ProjectAction.Disbursed),
        (ProjectStatus.Accepted, ProjectAction.Settled), (ProjectStatus.Accepted, ProjectAction.Disbursed),
        // Issue 13: the balance owed after settlement is paid (ProjectMoneyTests covers reversals, recovery, closing).
        (ProjectStatus.Settled, ProjectAction.Disbursed))
        .Concat(
        [
            // KCQG: the department registers with the ministry, which approves, rejects or returns.
            (Fund.Kcqg, ProjectStatus.BaseAppraised, ProjectAction.Registered),
            (Fund.Kcqg, ProjectStatus.Registered, ProjectAction.Approved),
            (Fund.Kcqg, ProjectStatus.Registered, ProjectAction.Rejected),
            (Fund.Kcqg, ProjectStatus.Registered, ProjectAction.Returned),
            // KCĐP: the department records the province's decision straight after its appraisal.
            (Fund.Kcdp, ProjectStatus.BaseAppraised, ProjectAction.Approved),
        ]).ToHashSet();

    private static IEnumerable<(Fund, ProjectStatus, ProjectAction)> Both(params (ProjectStatus, ProjectAction)[] steps) =>
        steps.SelectMany(s => new[] { (Fund.Kcqg, s.Item1, s.Item2), (Fund.Kcdp, s.Item1, s.Item2) });

    public static TheoryData<Fund, ProjectStatus, ProjectAction> AllTriples()
    {
        var data = new TheoryData<Fund, ProjectStatus, ProjectAction>();
        foreach (var fund in new[] { Fund.Kcqg, Fund.Kcdp })
            foreach (var status in Enum.GetValues<ProjectStatus>())
                foreach (var action in Steps.Keys)
                    if (Reachable(fund, status)) data.Add(fund, status, action);
        return data;
    }

    // A KCĐP project is never registered with the ministry, so never in Registered nor rejected from there.
    private static bool Reachable(Fund fund, ProjectStatus status) =>
        !(fund == Fund.Kcdp && status is ProjectStatus.Registered or ProjectStatus.Rejected);

    [Theory]
    [MemberData(nameof(AllTriples))]
    public void Step_FromEachStateAndFund_AllowedExactlyAsDomainSays(Fund fund, ProjectStatus status, ProjectAction action)
    {
        var project = In(status, fund);
        var historyBefore = project.History.Count;
        var expected = Expected.Contains((fund, status, action));

        Assert.Equal(expected, project.Allows(action));
        if (expected)
        {
            Steps[action](project);
            Assert.Equal(historyBefore + 1, project.History.Count);
            Assert.Equal(action, project.History[^1].Action);
        }
        else
        {
            Assert.Throws<WorkflowException>(() => Steps[action](project));
            Assert.Equal(status, project.Status);
            Assert.Equal(historyBefore, project.History.Count);
        }
    }

    [Fact]
    public void KcdpProject_RegisterRefused_ApprovedFromBaseAppraisal()
    {
        var project = In(ProjectStatus.BaseAppraised, Fund.Kcdp);

        Assert.Throws<WorkflowException>(() => project.Register(Department, Now, null));
        project.Approve(Department, Now, null, M(405), "1947/QĐ-UBND", new(2021, 9, 1), null, null);

        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(M(405), project.ApprovedSupport);
    }

    [Fact]
    public void KcqgProject_ApproveFromBaseAppraisal_Refused() =>
        Assert.Throws<WorkflowException>(() => In(ProjectStatus.BaseAppraised).Approve(Ministry, Now, 85, M(600), "1/QĐ", Day, null, null));

    [Fact]
    public void Creator_AppraisingOrApprovingOwnProject_Refused()
    {
        var submitted = In(ProjectStatus.Submitted);
        Assert.Throws<SelfApprovalException>(() => submitted.AppraiseBase(Creator, Now, 80, M(600), null));
        var registered = In(ProjectStatus.Registered);
        Assert.Throws<SelfApprovalException>(() => registered.Approve(Creator, Now, 85, M(600), "1/QĐ", Day, null, null));
        Assert.Throws<SelfApprovalException>(() => registered.Reject(Creator, Now, "x"));
        Assert.Equal(ProjectStatus.Registered, registered.Status);
        var approved = In(ProjectStatus.Approved);
        Assert.Throws<SelfApprovalException>(() => approved.Adjust(Creator, Now, M(650), "4/QĐ", Day, "Tăng", null, Plenty));
        Assert.Throws<SelfApprovalException>(() => approved.Stop(Creator, Now, "5/QĐ", Day, "Dừng"));
        Assert.Equal(M(600), approved.ApprovedSupport);
    }

    [Fact]
    public void Carry_UnfundedKcqgToLocalFund_UndoesApprovalKeepsAppraisal_ThenProvinceApproves()
    {
        var project = In(ProjectStatus.Approved);

        project.Carry(Ministry, Now, Fund.Kcdp, 2021, KhuyenCong.Domain.Organisations.OrganisationKind.ProvincialDepartment, "Không đủ kinh phí KCQG");

        Assert.Equal(ProjectStatus.BaseAppraised, project.Status);
        Assert.Equal(Fund.Kcdp, project.Fund);
        Assert.Null(project.ApprovedSupport);
        Assert.Null(project.ApprovalDecisionNumber);
        Assert.Equal(M(600).Dong, project.AppraisedSupportDong);
        Assert.Contains("KCQG 2021 → KCĐP 2021", project.History[^1].Comment);
        project.Approve(Department, Now, null, M(500), "2100/QĐ-UBND", Day, null, null);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void Carry_Refusals()
    {
        var kind = KhuyenCong.Domain.Organisations.OrganisationKind.ProvincialDepartment;
        Assert.Throws<DomainException>(() => In(ProjectStatus.Approved).Carry(Ministry, Now, Fund.Kcqg, 2021, kind, "x"));
        Assert.Throws<DomainException>(() => In(ProjectStatus.Approved).Carry(Ministry, Now, Fund.Kcqg, 2023, kind, "x"));
        Assert.Throws<DomainException>(() => In(ProjectStatus.Approved, Fund.Kcdp).Carry(Department, Now, Fund.Kcqg, 2022, kind, "x"));
        Assert.Throws<DomainException>(() => In(ProjectStatus.Approved).Carry(Ministry, Now, Fund.Kcdp, 2021,
            KhuyenCong.Domain.Organisations.OrganisationKind.MinistryServiceUnit, "x"));
        Assert.Throws<DomainException>(() => In(ProjectStatus.Approved).Carry(Ministry, Now, Fund.Kcqg, 2022, kind, " "));
        var reRegistered = In(ProjectStatus.Approved);
        reRegistered.Carry(Ministry, Now, Fund.Kcqg, 2022, kind, "Đăng ký lại năm sau");
        Assert.Equal((Fund.Kcqg, 2022, ProjectStatus.BaseAppraised), (reRegistered.Fund, reRegistered.Year, reRegistered.Status));
    }

    [Fact]
    public void Return_RecordsReasonAndGoesBackToDraft()
    {
        var project = In(ProjectStatus.Submitted);
        project.Return(Department, Now, "Thiếu báo giá máy móc");
        Assert.Equal(ProjectStatus.Draft, project.Status);
        Assert.Equal("Thiếu báo giá máy móc", project.History[^1].Comment);
        Assert.Equal(ProjectStatus.Submitted, project.History[^1].FromStatus);
    }

    [Fact]
    public void History_RecordsWhoWhenDecisionAndAmount()
    {
        var project = In(ProjectStatus.Approved);
        var approval = project.History[^1];
        Assert.Equal(ProjectAction.Approved, approval.Action);
        Assert.Equal(Ministry.UserId, approval.UserId);
        Assert.Equal("1/QĐ", approval.DecisionNumber);
        Assert.Equal(M(600).Dong, approval.AmountDong);
        Assert.Equal(85, approval.Score);
        Assert.Equal(Now, approval.AtUtc);
    }
}
