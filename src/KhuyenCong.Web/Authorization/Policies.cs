using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace KhuyenCong.Web.Authorization;

/// <summary>Every permission of the portal, by name, in one place.</summary>
public static class Policies
{
    public const string Administration = nameof(Administration);

    /// <summary>Resource-based: the record's unit is inside the user's scope (else the record answers 404).</summary>
    public const string InScope = nameof(InScope);

    public static IServiceCollection AddKhuyenCongAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<AdministrativeUnitGraphCache>();
        services.AddScoped<IUserScopeProvider, UserScopeProvider>();
        services.AddScoped<IAuthorizationHandler, InScopeHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Administration, policy => policy.RequireRole(RoleNames.Administrator))
            .AddPolicy(InScope, policy => policy.AddRequirements(new InScopeRequirement()));
        return services;
    }
}
