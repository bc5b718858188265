using System.Security.Claims;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Web.Features.Exports;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// The signed-in user of the current request, for audit fields and the audit log; outside a request, the user a
/// background job runs for (an import's records are that user's changes), else "system".
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor, BackgroundJobUser job) : ICurrentUser
{
    private ClaimsPrincipal? User => (accessor.HttpContext is { } context ? context.User : job.User)
        is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? "system";
}
