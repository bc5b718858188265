using System.Security.Claims;
using KhuyenCong.Data;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>The unread count for the menu's badge: one COUNT on the (user, read) index.</summary>
public sealed class UnreadNotifications(AppDbContext db)
{
    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? Task.FromResult(0)
            : db.Notifications.CountAsync(n => n.UserId == id && n.ReadAtUtc == null, ct);
    }
}
