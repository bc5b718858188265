using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

/// <summary>Round levels, organisers and regional provinces under Circular 38/2025/TT-BCT (from 01/07/2025).</summary>
public sealed class Circular38Tests
{
    private static readonly AdministrativeUnit LegacyDistrict =
        new("154", "Huyện Cao Phong", "Huyện", UnitLevel.District, UnitGeneration.Legacy, Province);

    private static readonly Organisation DistrictCommittee =
        new("UBND huyện Cao Phong", OrganisationKind.DistrictCommittee, LegacyDistrict, new(2008, 1, 1));

    private static readonly Organisation LegacyDepartment =
        new("Sở Công Thương Hòa Bình", OrganisationKind.ProvincialDepartment, Province, new(2008, 1, 1));

    private static ProductRound Open(RoundLevel level, Organisation organiser, int year = 2026, DateOnly? opens = null,
        Region? region = null, IEnumerable<AdministrativeUnit>? provinces = null)
    {
        var from = opens ?? new DateOnly(year, 3, 1);
        return new ProductRound(level, year, 1, region, organiser, from, from.AddMonths(2), DefaultCriteria(), 70, null,
            provinces);
    }

    [Theory]
    [InlineData(2026, "2025-12-01", true)]
    [InlineData(2024, "2024-09-01", false)]
    [InlineData(2025, "2025-06-30", false)]
    [InlineData(2025, "2025-07-01", true)]
    public void Applies_FromRoundYear2026_AndForRoundYear2025ByTheOpeningDay(int year, string opens, bool expected) =>
        Assert.Equal(expected,
            Circular38.Applies(year, DateOnly.Parse(opens, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Local2026_DistrictCommittee_RefusedNoDistrictLevel()
    {
        var ex = Assert.Throws<DomainException>(() => Open(RoundLevel.Local, DistrictCommittee));

        Assert.Contains("Thông tư 38/2025/TT-BCT", ex.Message);
        Assert.Contains("không còn bình chọn cấp huyện", ex.Message);
        Assert.Contains("UBND huyện Cao Phong", ex.Message);
    }

    [Fact]
    public void Local2025OpenedInSpring_DistrictCommittee_AcceptedUnderTheOldRules()
    {
        var round = Open(RoundLevel.Local, DistrictCommittee, 2025, new(2025, 4, 1));

        Assert.False(round.UnderCircular38);
        Assert.Throws<DomainException>(() => Open(RoundLevel.Local, DistrictCommittee, 2025, new(2025, 8, 1)));
    }

    [Fact]
    public void Local2026_CommuneCommitteeAccepted_DepartmentRefused()
    {
        var round = Open(RoundLevel.Local, CommuneCommittee);

        Assert.True(round.UnderCircular38);
        Assert.Equal(CommuneCommittee.ScopeUnitId, round.ScopeUnitId);
        var ex = Assert.Throws<DomainException>(() => Open(RoundLevel.Local, Department));
        Assert.Contains("Sở Công Thương tỉnh Phú Thọ không phải UBND cấp xã", ex.Message);
    }

    [Fact]
    public void Provincial2026_LegacyProvinceDepartmentOrCommune_Refused()
    {
        Assert.NotNull(Open(RoundLevel.Provincial, Department));

        var legacy = Assert.Throws<DomainException>(() => Open(RoundLevel.Provincial, LegacyDepartment));
        var commune = Assert.Throws<DomainException>(() => Open(RoundLevel.Provincial, CommuneCommittee));

        Assert.Contains("Tỉnh Hoà Bình (trước 01/07/2025) không còn", legacy.Message);
        Assert.Contains("UBND xã Cao Phong không phải Sở Công Thương", commune.Message);
    }

    [Fact]
    public void Provincial2021_CurrentDepartment_RefusedAsNotYetExisting()
    {
        var ex = Assert.Throws<DomainException>(() => Open(RoundLevel.Provincial, Department, 2021));

        Assert.Contains("trước sắp xếp", ex.Message);
    }

    [Fact]
    public void Regional_DepartmentOrganiser_Refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            Open(RoundLevel.Regional, Department, region: Region.North, provinces: [CurrentProvince]));

        Assert.Contains("không phải cơ quan của Bộ", ex.Message);
    }

    [Fact]
    public void Regional2026_NoProvincesOrALegacyProvince_Refused()
    {
        var none = Assert.Throws<DomainException>(() => Open(RoundLevel.Regional, Ministry, region: Region.North));
        var legacy = Assert.Throws<DomainException>(() =>
            Open(RoundLevel.Regional, Ministry, region: Region.North, provinces: [CurrentProvince, Province]));
        var national = Assert.Throws<DomainException>(() =>
            Open(RoundLevel.National, Ministry, provinces: [CurrentProvince]));

        Assert.Contains("phải chọn các tỉnh", none.Message);
        Assert.Contains("Tỉnh Hoà Bình không phải tỉnh, thành phố hiện hành", legacy.Message);
        Assert.Contains("Chỉ vòng cấp khu vực", national.Message);
    }

    [Fact]
    public void National2026_EndedMinistryOrganisation_RefusedAsNotActive()
    {
        var ended = new Organisation("Cục Công Thương địa phương", OrganisationKind.Ministry, null, new(2017, 11, 1));
        ended.Close(new(2025, 6, 30));

        var ex = Assert.Throws<DomainException>(() => Open(RoundLevel.National, ended));

        Assert.Contains("không hoạt động vào ngày bắt đầu nhận hồ sơ 01/03/2026", ex.Message);
    }

    [Fact]
    public void EnsureCovers_CoveredCurrentOrLegacyFoldedAccepted_OtherRefusedNamingTheProvinces()
    {
        var round = Open(RoundLevel.Regional, Ministry, region: Region.South, provinces: [SouthernProvince]);
        var north = Open(RoundLevel.Regional, Ministry, region: Region.North, provinces: [CurrentProvince]);

        round.EnsureCovers(SouthernProvince, null);
        north.EnsureCovers(Province, CurrentProvince);
        var current = Assert.Throws<DomainException>(() => round.EnsureCovers(CurrentProvince, null));
        var legacy = Assert.Throws<DomainException>(() => round.EnsureCovers(Province, CurrentProvince));

        Assert.Contains("chỉ nhận sản phẩm của: Thành phố Hồ Chí Minh. Sản phẩm ở Tỉnh Phú Thọ", current.Message);
        Assert.Contains("Tỉnh Hoà Bình (nay thuộc Tỉnh Phú Thọ)", legacy.Message);
    }

    [Fact]
    public void Entry_RegionalRoundOutsideItsProvinces_RefusedBeforeAnythingElse()
    {
        var round = Open(RoundLevel.Regional, Ministry, year: 2026, opens: Today.AddDays(-10), region: Region.South,
            provinces: [SouthernProvince]);

        var ex = Assert.Throws<DomainException>(() => Entry(round));

        Assert.Contains("không thuộc khu vực", ex.Message);
    }
}
