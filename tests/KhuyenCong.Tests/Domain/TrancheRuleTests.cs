using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Tests.Domain;

/// <summary>Issue 15: one tranche number per decision, and a recipient once per tranche (DOMAIN §4).</summary>
public sealed class TrancheRuleTests
{
    private static readonly AdministrativeUnit HoaBinh = new("17", "Tỉnh Hòa Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);
    private static readonly Organisation Department = new("Sở Công Thương Hòa Bình", OrganisationKind.ProvincialDepartment, HoaBinh, new(2008, 1, 1));
    private static readonly Organisation Centre = new("TTKC Hòa Bình", OrganisationKind.ProvincialExtensionCentre, HoaBinh, new(2008, 1, 1));
    private static readonly Organisation ServiceUnit = new("TTKC 1", OrganisationKind.MinistryServiceUnit, null, new(2010, 1, 1));
    private static readonly DateOnly Day = new(2021, 3, 1);

    private static Vnd M(decimal millions) => Vnd.FromMillions(millions);

    private static AnnualPlan National() => new(2021, Fund.Kcqg, null, M(10_000), "2146/QĐ-BCT", new(2020, 12, 30), null);

    [Fact]
    public void Allocate_SameDecisionInLaterSave_SameTrancheAccepted()
    {
        var plan = National();
        plan.Allocate(Department, 1, M(100), "347/QĐ-BCT", Day, null);

        plan.Allocate(ServiceUnit, 1, M(50), " 347/qđ-bct ", Day, null);

        Assert.Equal(2, plan.Allocations.Count(a => a.Tranche == 1));
        Assert.Equal(2, plan.NextTranche);
    }

    [Fact]
    public void Allocate_SameDecisionOtherTrancheOrDate_RefusedNamingTheTranche()
    {
        var plan = National();
        plan.Allocate(Department, 1, M(100), "347/QĐ-BCT", Day, null);

        var tranche = Assert.Throws<DomainException>(() => plan.Allocate(ServiceUnit, 2, M(50), "347/QĐ-BCT", Day, null));
        var date = Assert.Throws<DomainException>(() =>
            plan.Allocate(ServiceUnit, 1, M(50), "347/QĐ-BCT", Day.AddDays(1), null));

        Assert.Equal(new object?[] { "347/QĐ-BCT", 1, "01/03/2021" }, tranche.Arguments);
        Assert.Equal(tranche.MessageKey, date.MessageKey);
        Assert.Single(plan.Allocations);
        Assert.Equal(M(100), plan.Allocated);
    }

    [Fact]
    public void Allocate_NewDecisionWithUsedTrancheNumber_RefusedNamingTheNextNumber()
    {
        var plan = National();
        plan.Allocate(Department, 1, M(100), "347/QĐ-BCT", Day, null);

        var ex = Assert.Throws<DomainException>(() => plan.Allocate(ServiceUnit, 1, M(50), "1582/QĐ-BCT", Day, null));

        Assert.Equal(new object?[] { 1, "347/QĐ-BCT", 2 }, ex.Arguments);
        Assert.Single(plan.Allocations);
    }

    [Fact]
    public void Allocate_RecipientTwiceInOneTranche_Refused_NextTrancheAccepted()
    {
        var plan = National();
        plan.Allocate(Centre, 1, M(100), "347/QĐ-BCT", Day, null);

        var ex = Assert.Throws<DomainException>(() => plan.Allocate(Centre, 1, M(20), "347/QĐ-BCT", Day, null));
        plan.Allocate(Centre, 2, M(20), "1582/QĐ-BCT", Day, null);

        Assert.Equal(new object?[] { Centre.Name, 1 }, ex.Arguments);
        Assert.Equal(M(120), plan.AllocatedTo(Centre.Id));
    }

    [Fact]
    public void Correct_KeepsOriginalTrancheUnderItsOwnDecision_NotCountedAsDuplicate()
    {
        var plan = National();
        var original = plan.Allocate(Department, 1, M(100), "347/QĐ-BCT", Day, null);
        plan.Correct(original, -M(10), "1582/QĐ-BCT", Day, "Giảm");

        plan.Allocate(ServiceUnit, 2, M(30), "1600/QĐ-BCT", Day, null);

        Assert.Equal(M(120), plan.Allocated);
    }
}
