using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Tests.Domain;

public sealed class AdministrativeUnitTests
{
    private static readonly AdministrativeUnit LegacyProvince =
        new("17", "Tỉnh Hoà Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);

    private static readonly AdministrativeUnit LegacyDistrict =
        new("154", "Huyện Cao Phong", "Huyện", UnitLevel.District, UnitGeneration.Legacy, LegacyProvince);

    private static readonly AdministrativeUnit CurrentProvince =
        new("25", "Tỉnh Phú Thọ", "tỉnh", UnitLevel.Province, UnitGeneration.Current, null);

    [Theory]
    [InlineData("2021-12-10", true)]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", false)]
    public void IsValidOn_LegacyUnit_ValidUntilEndOfJune2025(string date, bool expected)
    {
        Assert.Equal(expected, LegacyDistrict.IsValidOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2021-12-10", false)]
    [InlineData("2025-06-30", false)]
    [InlineData("2025-07-01", true)]
    [InlineData("2040-01-01", true)]
    public void IsValidOn_CurrentUnit_ValidFromJuly2025(string date, bool expected)
    {
        Assert.Equal(expected, CurrentProvince.IsValidOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Ctor_LegacyCommune_InheritsProvinceAndDistrictCodes()
    {
        var commune = new AdministrativeUnit("05089", "Thị trấn Cao Phong", "Thị trấn", UnitLevel.Commune, UnitGeneration.Legacy, LegacyDistrict);

        Assert.Equal("17", commune.ProvinceCode);
        Assert.Equal("154", commune.DistrictCode);
    }

    [Fact]
    public void Ctor_CurrentDistrict_Throws()
    {
        // The current structure has no districts.
        Assert.Throws<ArgumentException>(() =>
            new AdministrativeUnit("999", "Huyện X", "Huyện", UnitLevel.District, UnitGeneration.Current, CurrentProvince));
    }

    [Fact]
    public void Ctor_CommuneWithoutParent_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new AdministrativeUnit("05089", "Xã Cao Phong", "xã", UnitLevel.Commune, UnitGeneration.Current, null));
    }

    [Fact]
    public void UnitSuccessionCtor_CurrentToLegacy_Throws()
    {
        Assert.Throws<ArgumentException>(() => new UnitSuccession(CurrentProvince, LegacyProvince, "ngược chiều"));
    }
}
