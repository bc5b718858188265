namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>Demo accounts (README) used by the layout tests.</summary>
public static class Accounts
{
    public const string Administrator = "admin@khuyencong.local";
    public const string MinistryOfficer = "bo.canbo@khuyencong.local";
    public const string MinistryLeader = "bo.lanhdao@khuyencong.local";
    public const string Department = "phutho.so@khuyencong.local";
    public const string ProvinceLeader = "hoabinh.lanhdao@khuyencong.local";
    public const string Council = "hoidong.01@khuyencong.local";
}
