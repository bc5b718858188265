namespace KhuyenCong.Web.Authorization;

public static class AppClaims
{
    public const string FullName = "kc:full_name";
    public const string OrganisationId = "kc:org";
    public const string OrganisationName = "kc:org_name";

    /// <summary>Present (value "true") while the account still has a password someone else chose.</summary>
    public const string MustChangePassword = "kc:must_change_password";
}
