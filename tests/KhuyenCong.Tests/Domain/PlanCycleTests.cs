using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Tests.Domain;

/// <summary>Estimate entries, the year-end close and the reopening of a plan (DOMAIN §11.5, §11.7).</summary>
public sealed class PlanCycleTests
{
    private static readonly AdministrativeUnit HoaBinh =
        new("17", "Tỉnh Hòa Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);
    private static readonly Organisation Centre =
        new("TTKC Hòa Bình", OrganisationKind.ProvincialExtensionCentre, HoaBinh, new(2008, 1, 1));
    private static readonly DateOnly Day = new(2021, 9, 1);

    private static Vnd M(decimal millions) => Vnd.FromMillions(millions);

    private static AnnualPlan Plan() => new(2021, Fund.Kcdp, HoaBinh, M(500), "99/QĐ-UBND", new(2020, 12, 20), null);

    [Fact]
    public void AdjustEstimate_NewEntryWithItsDecision_OriginalDecisionKept()
    {
        var plan = Plan();

        plan.AdjustEstimate(M(600), "55/QĐ-UBND", new(2021, 6, 1), "Bổ sung");

        Assert.Equal((M(600), "99/QĐ-UBND"), (plan.Estimate, plan.DecisionNumber));
        Assert.Equal([(0, 500m, "99/QĐ-UBND"), (1, 600m, "55/QĐ-UBND")],
            plan.Revisions.Select(r => (r.Sequence, r.Estimate.Millions, r.DecisionNumber!)));
        Assert.Equal(M(100), plan.Revisions[1].Change);
    }

    [Fact]
    public void AdjustEstimate_DatedBeforeTheLatestDecision_Refused()
    {
        var plan = Plan();
        plan.AdjustEstimate(M(600), "55/QĐ-UBND", new(2021, 6, 1), "Bổ sung");

        var ex = Assert.Throws<DomainException>(() => plan.AdjustEstimate(M(700), "56/QĐ-UBND", new(2021, 5, 1), "X"));

        Assert.Contains("trước quyết định gần nhất", ex.Message);
        Assert.Equal(2, plan.Revisions.Count);
    }

    [Fact]
    public void RecordDecision_WhenTheOriginalHasOne_RefusedNotOverwritten()
    {
        var plan = Plan();

        Assert.Throws<DomainException>(() => plan.RecordDecision("1/QĐ-UBND", Day));

        Assert.Equal("99/QĐ-UBND", plan.DecisionNumber);
    }

    [Fact]
    public void Closed_AllocateAdjustDescribe_RefusedAsWorkflow_UntilReopenedWithReason()
    {
        var plan = Plan();
        plan.Allocate(Centre, 1, M(400), "1/QĐ-UBND", Day, null);
        plan.Close(new(2022, 1, 28), [], null);

        Assert.Throws<WorkflowException>(() => plan.Allocate(Centre, 2, M(10), "2/QĐ-UBND", Day, null));
        Assert.Throws<WorkflowException>(() => plan.AdjustEstimate(M(450), "3/QĐ-UBND", Day, "Giảm"));
        Assert.Throws<WorkflowException>(() => plan.Describe(null, "x"));
        Assert.Throws<WorkflowException>(() => plan.Close(new(2022, 2, 1), [], null));
        Assert.Throws<DomainException>(() => plan.Reopen(new(2022, 3, 1), " "));
        Assert.True(plan.IsClosed);

        plan.Reopen(new(2022, 3, 1), "Bổ sung quyết toán");
        plan.Allocate(Centre, 2, M(10), "2/QĐ-UBND", Day, null);

        Assert.False(plan.IsClosed);
        Assert.Equal([PlanYearEventKind.Closed, PlanYearEventKind.Reopened], plan.YearEvents.Select(e => e.Kind));
        Assert.Equal(M(410), plan.Allocated);
    }

    [Fact]
    public void Close_BeforeThePlanYearHasEnded_RefusedAndBalancesMustBeRecipients()
    {
        var plan = Plan();
        plan.Allocate(Centre, 1, M(400), "1/QĐ-UBND", Day, null);

        Assert.Throws<DomainException>(() => plan.Close(new(2020, 12, 31), [], null));
        // Nor during the plan year itself: its projects are still running (the plan here is 2021).
        Assert.Throws<DomainException>(() => plan.Close(new(2021, 12, 31), [], null));
        Assert.Throws<DomainException>(() => plan.Close(new(2022, 1, 28),
            [new UnspentBalance(Centre.Id + 999, M(10), M(0), UnspentDisposition.Returned)], null));
        Assert.False(plan.IsClosed);
    }

    [Fact]
    public void LinkProjects_CorrectionEntry_Refused()
    {
        var plan = Plan();
        var entry = plan.Allocate(Centre, 1, M(400), "1/QĐ-UBND", Day, null);
        var correction = plan.Correct(entry, M(-10), "2/QĐ-UBND", Day, "Giảm");

        Assert.Throws<DomainException>(() => correction.LinkProjects([], [Centre.Id]));
        Assert.Empty(correction.Projects);
    }
}
