using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Tests.Domain;

/// <summary>The ceiling "allocations of a plan ≤ its estimate" and append-only corrections (DOMAIN §4).</summary>
public sealed class AnnualPlanTests
{
    private static readonly AdministrativeUnit HoaBinh = new("17", "Tỉnh Hòa Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);
    private static readonly Organisation Department = new("Sở Công Thương Hòa Bình", OrganisationKind.ProvincialDepartment, HoaBinh, new(2008, 1, 1));
    private static readonly Organisation Centre = new("TTKC Hòa Bình", OrganisationKind.ProvincialExtensionCentre, HoaBinh, new(2008, 1, 1));
    private static readonly Organisation ServiceUnit = new("TTKC 1", OrganisationKind.MinistryServiceUnit, null, new(2010, 1, 1));
    private static readonly Organisation Ministry = new("Bộ Công Thương", OrganisationKind.Ministry, null, new(2007, 1, 1));
    private static readonly DateOnly Day = new(2021, 3, 1);

    private static Vnd M(decimal millions) => Vnd.FromMillions(millions);

    private static AnnualPlan National(decimal estimate = 150_000) =>
        new(2021, Fund.Kcqg, null, M(estimate), "2146/QĐ-BCT", new(2020, 12, 30), null);

    [Fact]
    public void Allocate_WithinEstimate_AddsEntryAndTotal()
    {
        var plan = National(1_505);

        plan.Allocate(Department, 1, M(600), "347/QĐ-BCT", Day, null);
        plan.Allocate(Department, 2, M(500), "1582/QĐ-BCT", Day, null);
        plan.Allocate(ServiceUnit, 1, M(405), "347/QĐ-BCT", Day, null);

        Assert.Equal(M(1_505), plan.Allocated);
        Assert.Equal(M(1_100), Vnd.Sum(plan.Allocations.Where(a => a.Recipient == Department).Select(a => a.Amount)));
        Assert.Equal(Vnd.Zero, plan.Remaining);
    }

    [Fact]
    public void Allocate_BeyondEstimate_RefusedWithCeilingAndExcess_NothingAdded()
    {
        var plan = National(1_000);
        plan.Allocate(Department, 1, M(900), "1/QĐ-BCT", Day, null);

        var ex = Assert.Throws<DomainException>(() => plan.Allocate(Centre, 1, M(150.5m), "1/QĐ-BCT", Day, null));

        Assert.Contains("dự toán 1.000", ex.Message);
        Assert.Contains("đã giao 900", ex.Message);
        Assert.Contains("vượt 50,5 triệu đồng", ex.Message);
        Assert.Single(plan.Allocations);
        Assert.Equal(M(900), plan.Allocated);
    }

    [Fact]
    public void Allocate_ExactlyTheEstimate_IsAllowed()
    {
        var plan = National(75_641);
        plan.Allocate(ServiceUnit, 1, M(75_641), "1/QĐ-BCT", Day, null);
        Assert.Equal(plan.Estimate, plan.Allocated);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Allocate_ZeroOrNegative_Refused(decimal millions)
    {
        var plan = National();
        Assert.Throws<DomainException>(() => plan.Allocate(Department, 1, M(millions), "1/QĐ-BCT", Day, null));
        Assert.Empty(plan.Allocations);
    }

    [Fact]
    public void Allocate_KcqgToMinistryItself_Refused()
    {
        var ex = Assert.Throws<DomainException>(() => National().Allocate(Ministry, 1, M(10), "1/QĐ-BCT", Day, null));
        Assert.Contains("không nhận kinh phí KCQG", ex.Message);
    }

    [Fact]
    public void Allocate_KcdpToMinistryServiceUnit_Refused()
    {
        var plan = new AnnualPlan(2021, Fund.Kcdp, HoaBinh, M(405), null, null, null);
        Assert.Throws<DomainException>(() => plan.Allocate(ServiceUnit, 1, M(10), "1/QĐ-UBND", Day, null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Allocate_TrancheOutOfRange_Refused(int tranche) =>
        Assert.Throws<DomainException>(() => National().Allocate(Department, tranche, M(10), "1/QĐ-BCT", Day, null));

    [Fact]
    public void Correct_Negative_AddsNewEntryAndKeepsOriginal()
    {
        var plan = National();
        var original = plan.Allocate(Department, 1, M(1_200), "347/QĐ-BCT", Day, null);

        var correction = plan.Correct(original, -M(100), "1582/QĐ-BCT", Day, "Đơn vị không triển khai hết");

        Assert.Equal(2, plan.Allocations.Count);
        Assert.Equal(M(1_200), original.Amount);
        Assert.Equal(-M(100), correction.Amount);
        Assert.Same(original, correction.Corrects);
        Assert.True(correction.IsCorrection);
        Assert.Equal(M(1_100), plan.Allocated);
    }

    [Fact]
    public void Correct_WithoutReason_Refused()
    {
        var plan = National();
        var original = plan.Allocate(Department, 1, M(100), "1/QĐ-BCT", Day, null);
        Assert.Throws<DomainException>(() => plan.Correct(original, -M(10), "2/QĐ-BCT", Day, " "));
        Assert.Single(plan.Allocations);
    }

    [Fact]
    public void Correct_BelowZeroForRecipient_RefusedWithExcess()
    {
        var plan = National();
        var original = plan.Allocate(Department, 1, M(100), "1/QĐ-BCT", Day, null);

        var ex = Assert.Throws<DomainException>(() => plan.Correct(original, -M(130), "2/QĐ-BCT", Day, "Sai số"));

        Assert.Contains("vượt 30 triệu đồng", ex.Message);
        Assert.Equal(M(100), plan.Allocated);
    }

    [Fact]
    public void Correct_PositiveBeyondEstimate_Refused()
    {
        var plan = National(100);
        var original = plan.Allocate(Department, 1, M(100), "1/QĐ-BCT", Day, null);
        var ex = Assert.Throws<DomainException>(() => plan.Correct(original, M(1), "2/QĐ-BCT", Day, "Bổ sung"));
        Assert.Contains("vượt 1 triệu đồng", ex.Message);
    }

    [Fact]
    public void AdjustEstimate_BelowAllocated_RefusedWithShortfall()
    {
        var plan = National(1_000);
        plan.Allocate(Department, 1, M(800), "1/QĐ-BCT", Day, null);

        var ex = Assert.Throws<DomainException>(() => plan.AdjustEstimate(M(700), "2146/QĐ-BCT", Day, "Giảm"));

        Assert.Contains("thiếu 100 triệu đồng", ex.Message);
        Assert.Equal(M(1_000), plan.Estimate);
    }

    [Fact]
    public void Constructor_KcdpWithoutProvince_Refused() =>
        Assert.Throws<DomainException>(() => new AnnualPlan(2021, Fund.Kcdp, null, M(405), null, null, null));

    [Fact]
    public void Constructor_KcqgOwnedByProvince_Refused() =>
        Assert.Throws<DomainException>(() => new AnnualPlan(2021, Fund.Kcqg, HoaBinh, M(405), null, null, null));

    [Fact]
    public void Constructor_DecisionNumberWithoutDate_Refused() =>
        Assert.Throws<DomainException>(() => new AnnualPlan(2021, Fund.Kcqg, null, M(1), "1/QĐ-BCT", null, null));

    [Fact]
    public void Revise_ProgrammeNotCoveringYear_Refused()
    {
        var programme = new Programme("CT 2016–2020", null, 2016, 2020, "1288/QĐ-TTg", new(2014, 8, 1));
        Assert.Throws<DomainException>(() => new AnnualPlan(2021, Fund.Kcqg, null, M(1), null, null, programme));
    }
}
