using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>The user's notifications, newest first, already in their language.</summary>
public sealed class NotificationListViewModel
{
    public sealed record Row(long Id, string Text, string? Link, DateTime CreatedAtUtc, bool Read);

    public required PagedList<Row> Rows { get; init; }
    public int Unread { get; init; }
    public bool EmailEnabled { get; init; }
}
