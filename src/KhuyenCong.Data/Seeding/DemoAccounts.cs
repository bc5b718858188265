using KhuyenCong.Domain.Common;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The demo accounts listed in the README; all share <see cref="Password"/>. Accounts are created in the
/// organisation they worked for in 2021 (the demo's history is theirs); on 01/07/2025 most Hòa Bình staff moved
/// to Phú Thọ's department and centre (<see cref="Account.MovedTo"/>), while <see cref="HoaBinhLegacy"/> and the
/// Cao Phong district officer stay in their ended organisations: read-only legacy accounts.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "KhuyenCong@2021";

    public const string Admin = "admin@khuyencong.local";
    public const string MinistryOfficer = "bo.canbo@khuyencong.local";
    public const string MinistryLeader = "bo.lanhdao@khuyencong.local";
    public const string HoaBinhDepartment = "hoabinh.so@khuyencong.local";
    public const string HoaBinhCentre = "hoabinh.ttkc@khuyencong.local";
    public const string HoaBinhLeader = "hoabinh.lanhdao@khuyencong.local";
    public const string HoaBinhLegacy = "hoabinh.cu@khuyencong.local";
    public const string CaoPhongDistrict = "caophong.huyen@khuyencong.local";
    public const string CaoPhongCommune = "caophong.xa@khuyencong.local";
    public const string PhuThoDepartment = "phutho.so@khuyencong.local";
    public const string Council = "hoidong.01@khuyencong.local";

    /// <param name="MovedTo">Where the account works since 01/07/2025, when the reform moved it.</param>
    public sealed record Account(
        string Email, string FullName, string Role, string Organisation, string? MovedTo = null);

    public static readonly IReadOnlyList<Account> All =
    [
        new(Admin, "Quản trị hệ thống", RoleNames.Administrator, DemoOrganisations.Ministry),
        new(MinistryOfficer, "Nguyễn Văn Bộ", RoleNames.MinistryOfficer, DemoOrganisations.MinistryDepartment),
        new(MinistryLeader, "Trần Thị Lãnh Đạo", RoleNames.Leader, DemoOrganisations.MinistryDepartment),
        new(HoaBinhDepartment, "Bùi Văn Sở", RoleNames.DepartmentOfficer, DemoOrganisations.HoaBinhDepartment,
            DemoOrganisations.PhuThoDepartment),
        new(HoaBinhCentre, "Đinh Thị Khuyến", RoleNames.DepartmentOfficer, DemoOrganisations.HoaBinhCentre,
            DemoOrganisations.PhuThoCentre),
        new(HoaBinhLeader, "Quách Văn Lãnh", RoleNames.Leader, DemoOrganisations.HoaBinhDepartment,
            DemoOrganisations.PhuThoDepartment),
        new(HoaBinhLegacy, "Đinh Văn Cũ", RoleNames.DepartmentOfficer, DemoOrganisations.HoaBinhDepartment),
        new(CaoPhongDistrict, "Xa Văn Huyện", RoleNames.LocalOfficer, DemoOrganisations.CaoPhongDistrict),
        new(CaoPhongCommune, "Bùi Thị Xã", RoleNames.LocalOfficer, DemoOrganisations.CaoPhongCommune),
        new(PhuThoDepartment, "Hoàng Văn Phú", RoleNames.DepartmentOfficer, DemoOrganisations.PhuThoDepartment),
        new(Council, "Lê Văn Hội Đồng", RoleNames.CouncilMember, DemoOrganisations.MinistryDepartment),
    ];
}
