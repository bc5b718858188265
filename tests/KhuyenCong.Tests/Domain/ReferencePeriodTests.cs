using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Reform;

namespace KhuyenCong.Tests.Domain;

/// <summary>Which units and organisations a record of a date or plan year may refer to (DOMAIN §10).</summary>
public sealed class ReferencePeriodTests
{
    private static readonly AdministrativeUnit HoaBinh =
        new("17", "Tỉnh Hoà Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);
    private static readonly AdministrativeUnit CaoPhong =
        new("154", "Huyện Cao Phong", "Huyện", UnitLevel.District, UnitGeneration.Legacy, HoaBinh);
    private static readonly AdministrativeUnit PhuTho =
        new("25", "Tỉnh Phú Thọ", "tỉnh", UnitLevel.Province, UnitGeneration.Current, null);
    private static readonly AdministrativeUnit XaCaoPhong =
        new("05089", "Xã Cao Phong", "xã", UnitLevel.Commune, UnitGeneration.Current, PhuTho);

    private static Organisation District(DateOnly? closed = null)
    {
        var o = new Organisation("UBND huyện Cao Phong", OrganisationKind.DistrictCommittee, CaoPhong, new(2008, 1, 1));
        if (closed is { } day) o.Close(day);
        return o;
    }

    [Theory]
    [InlineData(2021, true, false)]
    [InlineData(2024, true, false)]
    [InlineData(2025, true, true)]
    [InlineData(2026, false, true)]
    [InlineData(2030, false, true)]
    public void ForPlanYear_GenerationsByYear(int year, bool legacy, bool current)
    {
        var period = ReferencePeriod.ForPlanYear(year);

        Assert.Equal(legacy, period.Allows(UnitGeneration.Legacy));
        Assert.Equal(current, period.Allows(UnitGeneration.Current));
        Assert.Equal(year == 2025, period.IsTransition);
    }

    [Fact]
    public void ForDate_ReformDayIsTheBoundary()
    {
        Assert.True(ReferencePeriod.ForDate(new(2025, 6, 30)).Allows(CaoPhong));
        Assert.False(ReferencePeriod.ForDate(new(2025, 6, 30)).Allows(XaCaoPhong));
        Assert.False(ReferencePeriod.ForDate(new(2025, 7, 1)).Allows(CaoPhong));
        Assert.True(ReferencePeriod.ForDate(new(2025, 7, 1)).Allows(XaCaoPhong));
    }

    [Fact]
    public void Require_LegacyUnitIn2026_NamesUnitAndReplacement()
    {
        var ex = Assert.Throws<DomainException>(() => ReferencePeriod.ForPlanYear(2026).Require(CaoPhong, "tỉnh Phú Thọ"));

        Assert.Equal("Huyện Cao Phong là đơn vị hành chính trước 01/07/2025, nay thuộc tỉnh Phú Thọ: hồ sơ tại thời điểm " +
                     "2026 phải dùng đơn vị hành chính từ 01/07/2025.", ex.Message);
    }

    [Fact]
    public void Require_CurrentUnitIn2021_Refused()
    {
        var ex = Assert.Throws<DomainException>(() => ReferencePeriod.ForPlanYear(2021).Require(XaCaoPhong));

        Assert.Contains("Xã Cao Phong là đơn vị hành chính từ 01/07/2025", ex.Message);
    }

    [Fact]
    public void Allows_LegacyDistrictCommitteeNotYetClosed_RefusedAfterReformByItsUnit()
    {
        var committee = District();

        Assert.True(ReferencePeriod.ForPlanYear(2025).Allows(committee, CaoPhong.Generation));
        Assert.False(ReferencePeriod.ForDate(new(2026, 2, 1)).Allows(committee, CaoPhong.Generation));
        var ex = Assert.Throws<DomainException>(() =>
            ReferencePeriod.ForDate(new(2026, 2, 1)).Require(committee, CaoPhong, "UBND xã Cao Phong"));
        Assert.Contains("UBND huyện Cao Phong phụ trách Huyện Cao Phong", ex.Message);
        Assert.Contains("UBND xã Cao Phong", ex.Message);
        Assert.Contains("01/02/2026", ex.Message);
    }

    [Fact]
    public void Require_ClosedOrganisation_NamesEndDateAndSuccessor()
    {
        var ex = Assert.Throws<DomainException>(() =>
            ReferencePeriod.ForPlanYear(2026).Require(District(new(2025, 6, 30)), CaoPhong, "UBND xã Cao Phong"));

        Assert.Equal("UBND huyện Cao Phong đã ngừng hoạt động từ 30/06/2025, đơn vị kế thừa: UBND xã Cao Phong. " +
                     "Hồ sơ tại thời điểm 2026 phải dùng đơn vị đang hoạt động.", ex.Message);
    }

    [Fact]
    public void Require_OrganisationFoundedAfterThePeriod_Refused()
    {
        var department = new Organisation("Sở Công Thương Phú Thọ", OrganisationKind.ProvincialDepartment, PhuTho,
            new(2025, 7, 1));

        Assert.True(ReferencePeriod.ForPlanYear(2025).Allows(department, UnitGeneration.Current));
        var ex = Assert.Throws<DomainException>(() => ReferencePeriod.ForPlanYear(2021).Require(department, PhuTho));
        Assert.Contains("bắt đầu hoạt động từ 01/07/2025", ex.Message);
    }

    [Fact]
    public void DatesServed_CutAtTheReformByGeneration()
    {
        Assert.Equal((new DateOnly(2008, 1, 1), new DateOnly(2025, 6, 30)),
            ReferencePeriod.DatesServed(District(), UnitGeneration.Legacy));
        var ministry = new Organisation("Bộ Công Thương", OrganisationKind.Ministry, null, new(2007, 8, 1));
        Assert.Equal((new DateOnly(2007, 8, 1), DateOnly.MaxValue), ReferencePeriod.DatesServed(ministry, null));
    }

    [Fact]
    public void AnnualPlan_KcdpOf2026ForLegacyProvince_Refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new AnnualPlan(2026, Fund.Kcdp, HoaBinh, Vnd.FromMillions(100), null, null, null));

        Assert.Contains("Tỉnh Hoà Bình là đơn vị hành chính trước 01/07/2025", ex.Message);
        Assert.NotNull(new AnnualPlan(2025, Fund.Kcdp, HoaBinh, Vnd.FromMillions(100), null, null, null));
    }

    [Fact]
    public void AnnualPlan_AllocateAfterReformToLegacyDistrictCommittee_Refused()
    {
        var plan = new AnnualPlan(2026, Fund.Kcdp, PhuTho, Vnd.FromMillions(100), null, null, null);

        var ex = Assert.Throws<DomainException>(() =>
            plan.Allocate(District(), 1, Vnd.FromMillions(10), "1/QĐ-UBND", new(2026, 3, 1), null));

        Assert.Contains("UBND huyện Cao Phong", ex.Message);
        Assert.Empty(plan.Allocations);
    }
}
