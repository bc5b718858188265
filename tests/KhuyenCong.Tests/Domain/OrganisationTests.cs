using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Tests.Domain;

public sealed class OrganisationTests
{
    private static readonly DateOnly Founded = new(2008, 1, 1);

    private static readonly AdministrativeUnit Province =
        new("17", "Tỉnh Hoà Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);

    private static readonly AdministrativeUnit District =
        new("154", "Huyện Cao Phong", "Huyện", UnitLevel.District, UnitGeneration.Legacy, Province);

    private static readonly AdministrativeUnit Commune =
        new("05089", "Thị trấn Cao Phong", "Thị trấn", UnitLevel.Commune, UnitGeneration.Legacy, District);

    private static Organisation Department() =>
        new("Sở Công Thương Hòa Bình", OrganisationKind.ProvincialDepartment, Province, Founded);

    [Fact]
    public void Ctor_DepartmentWithoutUnit_ThrowsDomainException()
    {
        Assert.Throws<DomainException>(() =>
            new Organisation("Sở Công Thương", OrganisationKind.ProvincialDepartment, null, Founded));
    }

    [Fact]
    public void Ctor_DistrictCommitteeGivenCommune_ThrowsDomainException()
    {
        Assert.Throws<DomainException>(() =>
            new Organisation("UBND huyện Cao Phong", OrganisationKind.DistrictCommittee, Commune, Founded));
    }

    [Fact]
    public void Ctor_ExtensionCentreGivenDistrict_ThrowsDomainException()
    {
        Assert.Throws<DomainException>(() =>
            new Organisation("TTKC", OrganisationKind.ProvincialExtensionCentre, District, Founded));
    }

    [Fact]
    public void Ctor_BlankName_ThrowsDomainException()
    {
        Assert.Throws<DomainException>(() => new Organisation("  ", OrganisationKind.Ministry, null, Founded));
    }

    [Fact]
    public void Ctor_DistrictCommitteeGivenDistrict_KeepsUnitAndIsNotNationwide()
    {
        var committee = new Organisation("UBND huyện Cao Phong", OrganisationKind.DistrictCommittee, District, Founded);

        Assert.Same(District, committee.ScopeUnit);
        Assert.False(committee.HasNationwideScope);
    }

    [Fact]
    public void Ctor_MinistryGivenUnit_DropsUnitAsNationwide()
    {
        var ministry = new Organisation("Cục Công Thương địa phương", OrganisationKind.Ministry, Province, Founded);

        Assert.Null(ministry.ScopeUnit);
        Assert.Null(ministry.ScopeUnitId);
        Assert.True(ministry.HasNationwideScope);
    }

    [Fact]
    public void Close_DateBeforeValidFrom_ThrowsDomainException()
    {
        var department = Department();

        Assert.Throws<DomainException>(() => department.Close(Founded.AddDays(-1)));
        Assert.Null(department.ValidTo);
    }

    [Fact]
    public void Close_ValidDate_EndsActivityAfterThatDay()
    {
        var department = Department();

        department.Close(new DateOnly(2025, 6, 30));

        Assert.Equal(new DateOnly(2025, 6, 30), department.ValidTo);
        Assert.True(department.IsActiveOn(new DateOnly(2025, 6, 30)));
        Assert.False(department.IsActiveOn(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void Close_AlreadyClosed_ThrowsDomainException()
    {
        var department = Department();
        department.Close(new DateOnly(2025, 6, 30));

        Assert.Throws<DomainException>(() => department.Close(new DateOnly(2025, 12, 31)));
        Assert.Equal(new DateOnly(2025, 6, 30), department.ValidTo);
    }

    [Fact]
    public void Reopen_Closed_ClearsValidTo()
    {
        var department = Department();
        department.Close(new DateOnly(2025, 6, 30));

        department.Reopen();

        Assert.Null(department.ValidTo);
        Assert.True(department.IsActiveOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Reopen_Active_ThrowsDomainException()
    {
        Assert.Throws<DomainException>(() => Department().Reopen());
    }

    [Fact]
    public void IsActiveOn_BeforeValidFrom_ReturnsFalse()
    {
        Assert.False(Department().IsActiveOn(Founded.AddDays(-1)));
        Assert.True(Department().IsActiveOn(Founded));
    }

    [Fact]
    public void Update_ValidFromAfterClosing_ThrowsDomainException()
    {
        var department = Department();
        department.Close(new DateOnly(2025, 6, 30));

        Assert.Throws<DomainException>(() =>
            department.Update(department.Name, department.Kind, Province, new DateOnly(2025, 7, 1)));
    }
}
