using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The demo's organisations. The ministry's, the provinces' departments and centres are the reference ones
/// (<see cref="ReferenceOrganisationSeeder"/>): Hòa Bình's pair ended on 30/06/2025, succeeded by Phú Thọ's.
/// The demo adds a ministry service unit and the Cao Phong People's Committees: the district's ended with the
/// district, its successor is the commune's.
/// </summary>
public static class DemoOrganisations
{
    public const string Ministry = ReferenceOrganisations.Ministry;

    /// <summary>
    /// The ministry unit by today's name (it was <see cref="ReferenceOrganisations.MinistryUnitFormerName"/>).
    /// </summary>
    public const string MinistryDepartment = ReferenceOrganisations.MinistryUnit;

    public const string ServiceCentre1 = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 1";
    public const string HoaBinhDepartment = "Sở Công Thương tỉnh Hòa Bình";
    public const string HoaBinhCentre = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hòa Bình";
    public const string CaoPhongDistrict = "UBND huyện Cao Phong";
    public const string CaoPhongCommune = "UBND xã Cao Phong";
    public const string PhuThoDepartment = "Sở Công Thương tỉnh Phú Thọ";
    public const string PhuThoCentre = "Trung tâm Khuyến công tỉnh Phú Thọ";

    /// <summary>
    /// Name, kind, scope unit (generation and code; none for ministry organisations), first day. A provincial kind
    /// is found by its kind and province (the reference rows), the others by name or created.
    /// </summary>
    public sealed record Definition(string Name, OrganisationKind Kind, UnitGeneration? Generation, string? UnitCode,
        DateOnly ValidFrom);

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
        new(PhuThoCentre, OrganisationKind.ProvincialExtensionCentre, UnitGeneration.Current, "25", new(2025, 7, 1)),
    ];

    /// <summary>The demo's own reform step (the reference seeding ends the provinces' pairs).</summary>
    public static readonly (string Predecessor, string Successor) DistrictSuccession =
        (CaoPhongDistrict, CaoPhongCommune);
}
