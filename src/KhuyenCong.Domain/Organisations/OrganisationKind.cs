namespace KhuyenCong.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>Bộ Công Thương and its khuyến công department: the whole country.</summary>
    Ministry = 1,

    /// <summary>Tổ chức dịch vụ khuyến công of the ministry: the whole country, own projects.</summary>
    MinistryServiceUnit = 2,

    /// <summary>Sở Công Thương: its province.</summary>
    ProvincialDepartment = 3,

    /// <summary>Trung tâm Khuyến công (TTKC) of a province: its province, own projects.</summary>
    ProvincialExtensionCentre = 4,

    /// <summary>UBND huyện: its legacy district.</summary>
    DistrictCommittee = 5,

    /// <summary>UBND xã/phường: its commune.</summary>
    CommuneCommittee = 6,
}
