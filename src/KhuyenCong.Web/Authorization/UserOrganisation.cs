using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Web.Authorization;

/// <summary>The signed-in user's organisation as read once per request by <see cref="UserScopeProvider"/>.</summary>
public sealed record UserOrganisation(int Id, string Name, OrganisationKind Kind, int? ScopeUnitId, DateOnly? ValidTo)
{
    /// <summary>Ended (DOMAIN §10): its users read their old scope and change nothing.</summary>
    public bool HasEndedBy(DateOnly today) => ValidTo is { } to && to < today;
}
