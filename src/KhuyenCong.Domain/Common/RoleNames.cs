namespace KhuyenCong.Domain.Common;

/// <summary>The portal's roles (DOMAIN §3). The names are stored in the database; never rename them.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string MinistryOfficer = "MinistryOfficer";
    public const string DepartmentOfficer = "DepartmentOfficer";
    public const string LocalOfficer = "LocalOfficer";
    public const string Leader = "Leader";
    public const string CouncilMember = "CouncilMember";

    public static readonly IReadOnlyList<string> All =
        [Administrator, MinistryOfficer, DepartmentOfficer, LocalOfficer, Leader, CouncilMember];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        MinistryOfficer => "Cán bộ Bộ",
        DepartmentOfficer => "Cán bộ Sở",
        LocalOfficer => "Cán bộ địa phương",
        Leader => "Lãnh đạo",
        CouncilMember => "Thành viên hội đồng",
        _ => role,
    };
}
