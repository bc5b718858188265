namespace KhuyenCong.Web.Authorization;

public static class AppClaims
{
    public const string FullName = "kc:full_name";
    public const string OrganisationId = "kc:org";
    public const string OrganisationName = "kc:org_name";
}
