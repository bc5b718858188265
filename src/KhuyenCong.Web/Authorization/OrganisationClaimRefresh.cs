using System.Globalization;
using System.Security.Claims;
using KhuyenCong.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Keeps the session's organisation claims in step with the database: when an administrator moves a user to a
/// successor (or renames their organisation), the next request rebuilds the principal with Identity's own claims
/// factory, as the security-stamp check does, and renews the stored ticket. The organisation is read once per
/// request anyway (<see cref="IUserScopeProvider"/>), so the check costs no extra query.
/// </summary>
public static class OrganisationClaimRefresh
{
    /// <summary>
    /// Runs after <paramref name="inner"/> (Identity's security-stamp check) on every authenticated request.
    /// </summary>
    public static async Task ValidateAsync(
        CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> inner)
    {
        await inner(context);
        var principal = context.Principal;
        if (principal?.Identity?.IsAuthenticated != true) return;
        var services = context.HttpContext.RequestServices;
        var organisation = await services.GetRequiredService<IUserScopeProvider>().GetOrganisationAsync(principal);
        if (organisation is null || IsCurrent(principal, organisation)) return;

        var signIn = services.GetRequiredService<SignInManager<AppUser>>();
        var user = await signIn.UserManager.GetUserAsync(principal);
        if (user is null) return;
        var fresh = await signIn.CreateUserPrincipalAsync(user);
        var options = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        if (options.OnRefreshingPrincipal is { } refreshing)
            await refreshing(new SecurityStampRefreshingPrincipalContext
                { CurrentPrincipal = principal, NewPrincipal = fresh });
        context.ReplacePrincipal(fresh);
        context.ShouldRenew = true;
    }

    private static bool IsCurrent(ClaimsPrincipal principal, UserOrganisation organisation) =>
        principal.FindFirstValue(AppClaims.OrganisationId) == organisation.Id.ToString(CultureInfo.InvariantCulture)
        && principal.FindFirstValue(AppClaims.OrganisationName) == organisation.Name;
}
