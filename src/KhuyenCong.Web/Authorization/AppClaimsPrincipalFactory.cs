using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Adds the user's name and organisation (for the layout) and what the account must do first (see
/// <see cref="Infrastructure.AccountObligationsMiddleware"/>) to the session. Scope itself is always read from the
/// database.
/// </summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AppDbContext db,
    IConfiguration configuration)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name)
            .SingleAsync();
        identity.AddClaim(new Claim(AppClaims.FullName, user.FullName));
        identity.AddClaim(new Claim(AppClaims.OrganisationId,
            user.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(AppClaims.OrganisationName, organisation));
        // In the cookie so that the check on every request costs no query; changing the password refreshes the cookie.
        if (user.MustChangePassword) identity.AddClaim(new Claim(AppClaims.MustChangePassword, "true"));
        if (!user.TwoFactorEnabled && RolesRequiringTwoFactor(configuration)
            .Any(role => identity.HasClaim(identity.RoleClaimType, role)))
            identity.AddClaim(new Claim(AppClaims.MustEnrolTwoFactor, "true"));
        return identity;
    }

    /// <summary>
    /// <c>Security:RequireTwoFactorFor</c>: role names separated by commas (default: Administrator; empty: none).
    /// </summary>
    public static IEnumerable<string> RolesRequiringTwoFactor(IConfiguration configuration) =>
        (configuration["Security:RequireTwoFactorFor"] ?? Domain.Common.RoleNames.Administrator)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
