using System.Globalization;
using System.Security.Claims;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Authentication;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Ended, not locked (DOMAIN §10): for a user whose organisation has ended, the request's principal keeps reading
/// and loses writing. Officer roles become <see cref="RoleNames.Leader"/> (who reads the registers of the scope and
/// changes nothing), so every menu, button and form that asks <see cref="Policies.Allows(ClaimsPrincipal, string)"/>
/// or a role hides itself, and <see cref="AppClaims.OrganisationEnded"/> marks the principal for
/// <see cref="EndedOrganisationMiddleware"/>, which refuses every change with the successor's name. The stored
/// roles are untouched: moving the user to a successor restores them on the next request.
/// </summary>
public sealed class EndedOrganisationClaims(IUserScopeProvider scopes, TimeProvider clock) : IClaimsTransformation
{
    private static readonly string[] WritingRoles =
        [RoleNames.MinistryOfficer, RoleNames.DepartmentOfficer, RoleNames.LocalOfficer];

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.HasClaim(c => c.Type == AppClaims.OrganisationEnded))
            return principal;
        var organisation = await scopes.GetOrganisationAsync(principal);
        if (organisation?.ValidTo is not { } lastDay
            || !organisation.HasEndedBy(Infrastructure.VietnamTime.Today(clock)))
            return principal;

        var identity = ((ClaimsIdentity)principal.Identity).Clone();
        var removed = identity.FindAll(c => c.Type == identity.RoleClaimType && WritingRoles.Contains(c.Value))
            .ToList();
        foreach (var claim in removed) identity.RemoveClaim(claim);
        if (removed.Count > 0 && !identity.HasClaim(identity.RoleClaimType, RoleNames.Leader))
            identity.AddClaim(new Claim(identity.RoleClaimType, RoleNames.Leader));
        identity.AddClaim(new Claim(AppClaims.OrganisationEnded,
            lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(identity);
    }
}
