using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Web.Features.Organisations;

public static class OrganisationKindNames
{
    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Ministry => "Cơ quan Bộ",
        OrganisationKind.MinistryServiceUnit => "Tổ chức dịch vụ khuyến công thuộc Bộ",
        OrganisationKind.ProvincialDepartment => "Sở Công Thương",
        OrganisationKind.ProvincialExtensionCentre => "Trung tâm Khuyến công tỉnh",
        OrganisationKind.DistrictCommittee => "UBND cấp huyện",
        OrganisationKind.CommuneCommittee => "UBND cấp xã",
        _ => kind.ToString(),
    };
}
