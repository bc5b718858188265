using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Per-record check: the record's unit lies in the user's scope. Controllers answer 404 when it fails.
/// </summary>
public sealed class InScopeHandler(IUserScopeProvider scopes) : AuthorizationHandler<InScopeRequirement, IScopedRecord>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, InScopeRequirement requirement, IScopedRecord resource)
    {
        var scope = await scopes.GetAsync(context.User);
        if (scope.Contains(resource.ScopeUnitId)) context.Succeed(requirement);
    }
}
