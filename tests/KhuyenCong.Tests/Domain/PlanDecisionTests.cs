using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>One decision over many projects through their own Approve/Reject, all or nothing, with defaults.</summary>
public sealed class PlanDecisionTests
{
    private static readonly Actor Ministry = new("u-bo", "Cán bộ Bộ", 3)
        { OrganisationKind = OrganisationKind.Ministry };
    private static readonly Actor Department = new("u-dept2", "Cán bộ Sở khác", 2)
        { OrganisationKind = OrganisationKind.ProvincialDepartment };
    private static readonly DateTime Now = new(2021, 6, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2021, 6, 1);

    private static PlanDecisionHeader Header(Fund fund = Fund.Kcqg, string? number = "900/QĐ-BCT") =>
        new(fund, 2021, number, Day, 3, fund == Fund.Kcqg ? null : 17, "Kế hoạch năm 2021");

    private static PlanChoice Approve(Project p, int? score = null, Vnd? amount = null, double? mean = null) =>
        new(p, PlanOutcome.Approved, score, amount, mean, null, null);

    [Fact]
    public void Take_ApprovesAndRejects_ScoreFromCouncilMean_AmountAppraised()
    {
        var a = AppraisalCouncilTests.Registered(1);
        var b = AppraisalCouncilTests.Registered(2);

        var decision = PlanDecision.Take(Header(),
            [Approve(a, mean: 80.5), new(b, PlanOutcome.Rejected, null, null, null, "Trùng nội dung", null)],
            Ministry, Now);

        Assert.Equal(ProjectStatus.Approved, a.Status);
        Assert.Equal(81, a.MinistryScore);
        Assert.Equal(600_000_000, a.ApprovedSupportDong);
        Assert.Equal("900/QĐ-BCT", a.ApprovalDecisionNumber);
        Assert.Equal(ProjectStatus.Rejected, b.Status);
        Assert.Equal([PlanOutcome.Approved, PlanOutcome.Rejected], decision.Items.Select(i => i.Outcome));
        Assert.Equal(80.5, decision.Items[0].CouncilMean);
        Assert.Equal("Trùng nội dung", decision.Items[1].Reason);
    }

    [Fact]
    public void Take_TypedScoreAndAmount_WinOverDefaults()
    {
        var a = AppraisalCouncilTests.Registered(1);
        PlanDecision.Take(Header(), [Approve(a, 70, Vnd.FromMillions(500), 90)], Ministry, Now);
        Assert.Equal(70, a.MinistryScore);
        Assert.Equal(500_000_000, a.ApprovedSupportDong);
    }

    [Fact]
    public void Take_AnyProjectRefused_ThrowsWithEachReason()
    {
        var good = AppraisalCouncilTests.Registered(1);
        var over = AppraisalCouncilTests.Registered(2);
        var noReason = AppraisalCouncilTests.Registered(3);

        var ex = Assert.Throws<PlanDecisionRefusedException>(() => PlanDecision.Take(Header(),
        [
            Approve(good, 85), Approve(over, 85, Vnd.FromMillions(700)),
            new(noReason, PlanOutcome.Rejected, null, null, null, " ", null),
        ], Ministry, Now));

        Assert.Equal([2, 3], ex.Refusals.Select(r => r.ProjectId));
        Assert.Contains("vượt 100 triệu đồng", ex.Refusals[0].Reason.Message);
        Assert.Equal(2, ex.Arguments[0]);
        Assert.Equal(ProjectStatus.Registered, over.Status);
        Assert.Equal(ProjectStatus.Registered, noReason.Status);
    }

    [Fact]
    public void Take_WithoutNumberOrProjects_Refused()
    {
        var a = AppraisalCouncilTests.Registered(1);
        Assert.Throws<DomainException>(() => PlanDecision.Take(Header(number: " "), [Approve(a, 80)], Ministry, Now));
        Assert.Throws<DomainException>(() => PlanDecision.Take(Header(), [], Ministry, Now));
        Assert.Equal(ProjectStatus.Registered, a.Status);
    }

    [Fact]
    public void Take_ProjectOfAnotherYearOrFund_RefusedOnItsRow()
    {
        var a = AppraisalCouncilTests.Registered(1);
        var ex = Assert.Throws<PlanDecisionRefusedException>(() =>
            PlanDecision.Take(Header() with { Year = 2022 }, [Approve(a, 80)], Ministry, Now));
        Assert.Contains("không thuộc quyết định này", ex.Refusals.Single().Reason.Message);
    }

    [Fact]
    public void Take_Kcdp_ApprovesBaseAppraisedWithoutScore()
    {
        var p = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised, Fund.Kcdp);
        var decision = PlanDecision.Take(Header(Fund.Kcdp, "45/QĐ-UBND"), [Approve(p)], Department, Now);
        Assert.Equal(ProjectStatus.Approved, p.Status);
        Assert.Null(p.MinistryScore);
        Assert.Equal(17, decision.ScopeUnitId);
        Assert.Null(decision.Items.Single().Score);
    }
}
