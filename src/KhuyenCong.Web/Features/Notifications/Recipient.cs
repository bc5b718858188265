namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// Who a notification is for: one user, or the holders of a role in a place. Resolved to accounts when the
/// notification is stored, so a role's holders at that moment receive it.
/// </summary>
public abstract record Recipient
{
    /// <summary>One account (a project's creator, a package's sender, an assigned council member).</summary>
    public static Recipient User(string? userId) => new ToUser(userId);

    /// <summary>The role's holders in one organisation or in its successors, which carry on its work.</summary>
    public static Recipient RoleIn(string role, int organisationId) => new InOrganisation(role, organisationId);

    /// <summary>The role's holders in a local organisation whose area contains the unit (a project's
    /// appraisers).</summary>
    public static Recipient RoleCovering(string role, int unitId) => new Covering(role, unitId);

    /// <summary>
    /// The role's holders in the local organisations inside an area (the units' scopes; null = every local
    /// organisation), except <paramref name="exceptOrganisationId"/> (the sender itself).
    /// </summary>
    public static Recipient RoleWithin(string role, IReadOnlyCollection<int>? unitIds,
        int? exceptOrganisationId = null) =>
        new Within(role, unitIds, exceptOrganisationId);

    /// <summary>The role's holders in the nationwide organisations (the ministry).</summary>
    public static Recipient RoleNationwide(string role) => new Nationwide(role);

    /// <summary>
    /// A record's author (a project's creator): the account itself while its organisation works; once that has
    /// ended (the 2025 reform), the holders of the author's officer roles in its active successors, who carry the
    /// work on (DOMAIN §10), since the ended organisation's accounts read only.
    /// </summary>
    public static Recipient Author(string? userId) => new ToAuthor(userId);

    public sealed record ToUser(string? UserId) : Recipient;

    public sealed record ToAuthor(string? UserId) : Recipient;

    public sealed record InOrganisation(string Role, int OrganisationId) : Recipient;

    public sealed record Covering(string Role, int UnitId) : Recipient;

    public sealed record Within(string Role, IReadOnlyCollection<int>? UnitIds, int? ExceptOrganisationId) : Recipient;

    public sealed record Nationwide(string Role) : Recipient;
}
