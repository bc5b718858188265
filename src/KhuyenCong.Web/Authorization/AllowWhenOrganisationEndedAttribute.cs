namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Marks the few changes a user of an ended organisation may still make, because they are about the account, not
/// the business records: signing in and out, the profile (password, e-mail, authenticator) and the language.
/// Every other POST, PUT, PATCH or DELETE is refused by <see cref="EndedOrganisationMiddleware"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWhenOrganisationEndedAttribute : Attribute;
