namespace KhuyenCong.Web.Authorization;

public static class AppClaims
{
    public const string FullName = "kc:full_name";
    public const string OrganisationId = "kc:org";
    public const string OrganisationName = "kc:org_name";

    /// <summary>Present (value "true") while the account still has a password someone else chose.</summary>
    public const string MustChangePassword = "kc:must_change_password";

    /// <summary>
    /// Added per request (never stored in the cookie) when the user's organisation has ended: the last day, as
    /// yyyy-MM-dd. See <see cref="EndedOrganisationClaims"/>.
    /// </summary>
    public const string OrganisationEnded = "kc:org_ended";

    /// <summary>
    /// Present (value "true") while a role listed in <c>Security:RequireTwoFactorFor</c> has no authenticator set up.
    /// </summary>
    public const string MustEnrolTwoFactor = "kc:must_enrol_2fa";
}
