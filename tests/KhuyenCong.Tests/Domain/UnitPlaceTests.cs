using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Reform;

namespace KhuyenCong.Tests.Domain;

/// <summary>"Where it is today" for a record on a legacy unit (DOMAIN §10), in Vietnamese and English.</summary>
public sealed class UnitPlaceTests
{
    private static readonly UnitPlace CaoPhong =
        new("Huyện Cao Phong", UnitGeneration.Legacy, "Tỉnh Hòa Bình", "Tỉnh Phú Thọ", []);

    [Fact]
    public void Format_LegacyDistrict_NamesTodaysProvince()
    {
        Assert.Equal("Huyện Cao Phong, tỉnh Hòa Bình (trước 01/07/2025) – nay thuộc tỉnh Phú Thọ",
            CaoPhong.Format(english: false));
        Assert.Equal("Huyện Cao Phong, tỉnh Hòa Bình (before 01/07/2025) – now part of Phú Thọ province",
            CaoPhong.Format(english: true));
    }

    [Fact]
    public void FormatShort_LegacyDistrict_UnitAndTodaysProvince()
    {
        Assert.Equal("Huyện Cao Phong (nay thuộc tỉnh Phú Thọ)", CaoPhong.FormatShort(english: false));
        Assert.Equal("Huyện Cao Phong (now part of Phú Thọ province)", CaoPhong.FormatShort(english: true));
    }

    [Fact]
    public void Format_LegacyCommune_AlsoNamesCurrentCommunes()
    {
        var commune = new UnitPlace("Xã Bình Thanh", UnitGeneration.Legacy, "Tỉnh Hoà Bình", "Tỉnh Phú Thọ",
            ["Xã Cao Phong"]);

        Assert.Equal("Xã Bình Thanh, tỉnh Hoà Bình (trước 01/07/2025) – nay thuộc tỉnh Phú Thọ (Xã Cao Phong)",
            commune.Format(english: false));
        Assert.Equal("tỉnh Phú Thọ (Xã Cao Phong)", commune.TodayText());
    }

    [Fact]
    public void Format_LegacyProvinceAndCity()
    {
        var province = new UnitPlace("Tỉnh Hoà Bình", UnitGeneration.Legacy, null, "Tỉnh Phú Thọ", []);
        var city = new UnitPlace("Tỉnh Hà Tây", UnitGeneration.Legacy, null, "Thành phố Hà Nội", []);

        Assert.Equal("Tỉnh Hoà Bình (trước 01/07/2025) – nay thuộc tỉnh Phú Thọ", province.Format(false));
        Assert.Equal("Tỉnh Hà Tây (before 01/07/2025) – now part of Hà Nội city", city.Format(true));
    }

    [Fact]
    public void Format_CurrentUnit_NoHistory()
    {
        var current = new UnitPlace("Xã Cao Phong", UnitGeneration.Current, "Tỉnh Phú Thọ", null, []);

        Assert.Equal("Xã Cao Phong, tỉnh Phú Thọ", current.Format(false));
        Assert.Equal("Xã Cao Phong", current.FormatShort(false));
        Assert.Null(current.TodayText());
    }
}
