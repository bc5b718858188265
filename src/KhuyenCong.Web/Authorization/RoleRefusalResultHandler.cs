using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// A request refused by a role policy before any action runs (<c>[Authorize(Policy = Policies.X)]</c> on a
/// controller or action) gets the portal's 403 page that says which roles the page needs: the roles of the failed
/// requirement are left in <see cref="HttpContext.Items"/> for the status page (<c>HomeController.Status</c>), which
/// renders them in the user's language, or as problem+json for the API. The framework's own handler still answers
/// (challenge for the anonymous, forbid for the signed-in), so nothing else about the refusal changes.
/// </summary>
public sealed class RoleRefusalResultHandler : IAuthorizationMiddlewareResultHandler
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the roles that would have been allowed.</summary>
    public const string RequiredRolesItem = "kc.required-roles";

    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure)
        {
            var roles = failure.FailedRequirements.OfType<RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles).Distinct(StringComparer.Ordinal).ToList();
            if (roles.Count > 0) context.Items[RequiredRolesItem] = roles;
        }
        return framework.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>The roles a policy refusal of this request named, or null when the refusal was not a role's.</summary>
    public static IReadOnlyList<string>? RequiredRoles(HttpContext context) =>
        context.Items[RequiredRolesItem] as IReadOnlyList<string>;
}
