using System.Security.Claims;
using KhuyenCong.Data.Auditing;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>The signed-in user of the current request, for audit fields and the audit log.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user
        : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? "system";
}
