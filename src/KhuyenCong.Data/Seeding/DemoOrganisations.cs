using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Data.Seeding;

public static class DemoOrganisations
{
    public const string Ministry = "Bộ Công Thương";
    public const string MinistryDepartment = "Cục Công Thương địa phương";
    public const string ServiceCentre1 = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 1";
    public const string HoaBinhDepartment = "Sở Công Thương Hòa Bình";
    public const string HoaBinhCentre = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hòa Bình";
    public const string CaoPhongDistrict = "UBND huyện Cao Phong";
    public const string CaoPhongCommune = "UBND xã Cao Phong";
    public const string PhuThoDepartment = "Sở Công Thương Phú Thọ";

    /// <summary>Name, kind, scope unit (generation and code; none for ministry organisations), first day.</summary>
    public sealed record Definition(string Name, OrganisationKind Kind, UnitGeneration? Generation, string? UnitCode, DateOnly ValidFrom);

    public static readonly IReadOnlyList<Definition> All =
    [
        new(Ministry, OrganisationKind.Ministry, null, null, new(2007, 8, 1)),
        new(MinistryDepartment, OrganisationKind.Ministry, null, null, new(2017, 11, 1)),
        new(ServiceCentre1, OrganisationKind.MinistryServiceUnit, null, null, new(2010, 1, 1)),
        new(HoaBinhDepartment, OrganisationKind.ProvincialDepartment, UnitGeneration.Legacy, "17", new(2008, 1, 1)),
        new(HoaBinhCentre, OrganisationKind.ProvincialExtensionCentre, UnitGeneration.Legacy, "17", new(2008, 1, 1)),
        new(CaoPhongDistrict, OrganisationKind.DistrictCommittee, UnitGeneration.Legacy, "154", new(2008, 1, 1)),
        new(CaoPhongCommune, OrganisationKind.CommuneCommittee, UnitGeneration.Current, "05089", new(2025, 7, 1)),
        new(PhuThoDepartment, OrganisationKind.ProvincialDepartment, UnitGeneration.Current, "25", new(2025, 7, 1)),
    ];
}
