using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>Cost-line sums, support caps, ceilings of a project's money (DOMAIN §4–5).</summary>
public sealed class ProjectRulesTests
{
    private static readonly Actor Creator = new("u-creator", "Người lập", 1);
    // The KCQG projects here are decided, accepted and settled by the ministry (the approving level, DOMAIN §11).
    private static readonly Actor Other = new("u-other", "Cán bộ khác", 3)
        { OrganisationKind = KhuyenCong.Domain.Organisations.OrganisationKind.Ministry };
    private static readonly DateTime Now = new(2021, 5, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2021, 5, 1);
    private static Vnd M(decimal v) => Vnd.FromMillions(v);
    private static SupportCap Machinery() => new("Máy móc thiết bị", Fund.Kcqg, 4, null, 50, M(300),
        CapMultiplier.PerEstablishment, CapCondition.None, "Thông tư 28/2018/TT-BTC", "Mức chi máy móc",
        new(2020, 1, 1), null);

    [Fact]
    public void CostLine_SourcesNotAddingUp_RefusedWithDifference()
    {
        var ex = Assert.Throws<DomainException>(() => new CostLine(2, "Máy sấy", M(800), M(400), M(350), M(0), null));
        Assert.Contains("Dòng 2 (Máy sấy)", ex.Message);
        Assert.Contains("lệch 50 triệu đồng", ex.Message);
    }

    [Fact]
    public void Project_TotalsAreSumsOfCostLines()
    {
        var project = ProjectWorkflowTests.NewDraft();
        Assert.Equal(M(1_200), project.TotalCost);
        Assert.Equal(M(600), project.RequestedSupport);
    }

    [Fact]
    public void Cap_LimitIsMinOfPercentAndPerEstablishmentCap()
    {
        var cap = Machinery();
        Assert.Equal(M(600), cap.Limit(M(1_200), new CapFacts(2, 0)));   // 50% = 600, 2 × 300 = 600
        Assert.Equal(M(300), cap.Limit(M(1_200), new CapFacts(1, 0)));   // 300 per establishment binds
        Assert.Equal(M(250), cap.Limit(M(500), new CapFacts(3, 0)));     // 50% binds
    }

    [Fact]
    public void Submit_AboveCap_RefusedWithRuleAndExcess()
    {
        var project = ProjectWorkflowTests.NewDraft(beneficiaries: 2);
        var strict = new SupportCap("Máy móc thiết bị", Fund.Kcqg, 4, null, 40, M(300), CapMultiplier.PerEstablishment,
            CapCondition.None, "Thông tư 28/2018/TT-BTC", "Mức chi máy móc", new(2020, 1, 1), null);

        var ex = Assert.Throws<DomainException>(() => project.Submit(Creator, Now, "ND04", strict));

        Assert.Contains("Máy móc thiết bị", ex.Message);
        Assert.Contains("vượt 120 triệu đồng", ex.Message);
        Assert.Equal(ProjectStatus.Draft, project.Status);
    }

    [Fact]
    public void Submit_GroupWithOneBeneficiary_Refused()
    {
        var project = ProjectWorkflowTests.NewDraft(kind: ProjectKind.Group, beneficiaries: 1);
        var ex = Assert.Throws<DomainException>(() => project.Submit(Creator, Now, "ND04", null));
        Assert.Contains("ít nhất hai cơ sở", ex.Message);
    }

    [Fact]
    public void Submit_InformationProjectWithoutBeneficiaries_Allowed()
    {
        var project = ProjectWorkflowTests.NewDraft(kind: ProjectKind.Single, beneficiaries: 0);
        project.Submit(Creator, Now, "ND08", null);
        Assert.Equal(ProjectStatus.Submitted, project.Status);
    }

    [Fact]
    public void Approve_AboveAppraisedAmount_RefusedWithExcess()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.Registered);
        var ex = Assert.Throws<DomainException>(() => project.Approve(Other, Now, 85, M(650), "1/QĐ", Day, null, null));
        Assert.Contains("vượt 50 triệu đồng", ex.Message);
        Assert.Null(project.ApprovedSupport);
    }

    [Fact]
    public void Start_BeyondRecipientAllocation_RefusedWithCeiling()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.Approved);
        var headroom = new FundingHeadroom("Sở Công Thương Hòa Bình", M(1_100), M(600));

        var ex = Assert.Throws<DomainException>(() => project.Start(Creator, Now, "HĐ 1", Day, headroom));

        Assert.Contains("được giao 1.100 triệu đồng", ex.Message);
        Assert.Contains("còn 500 triệu đồng", ex.Message);
        Assert.Contains("vượt 100 triệu đồng", ex.Message);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }

    [Fact]
    public void Disburse_BeyondApproved_RefusedNothingAdded()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.InProgress);
        project.Disburse(Other, Now, DisbursementKind.Advance, "UNC 1", Day, M(400), null);

        var ex = Assert.Throws<DomainException>(() => project.Disburse(Other, Now, DisbursementKind.Payment, "UNC 2", Day, M(250), null));

        Assert.Contains("vượt 50 triệu đồng", ex.Message);
        Assert.Single(project.Disbursements);
        Assert.Equal(M(400), project.Disbursed);
    }

    [Fact]
    public void Settle_AboveApproved_Refused()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.Accepted);
        var ex = Assert.Throws<DomainException>(() => project.Settle(Other, Now, M(601), "3/QĐ", Day, null));
        Assert.Contains("vượt 1 triệu đồng", ex.Message);
    }

    [Fact]
    public void Adjust_BelowDisbursed_Refused()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.InProgress);
        project.Disburse(Other, Now, DisbursementKind.Advance, "UNC 1", Day, M(400), null);
        var ex = Assert.Throws<DomainException>(() => project.Adjust(Other, Now, M(300), "4/QĐ", Day, "Giảm", null, null));
        Assert.Contains("thiếu 100 triệu đồng", ex.Message);
    }

    [Fact]
    public void Edit_AfterSubmission_Is409()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.Submitted);
        var draft = new ProjectDraft("Khác", ProjectKind.Single, Fund.Kcqg, 2021, 4, 10, 100, "17", "x", null, ProjectIndicators.None, null, null);
        Assert.Throws<WorkflowException>(() => project.Edit(draft, [], [], Creator, Now));
    }
}
