using System.Text.Json;
using KhuyenCong.Data.Notifications;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>A stored notification in the current UI language: its key through the localizer, with its
/// arguments.</summary>
public static class NotificationText
{
    public static string Render(IStringLocalizer localizer, Notification notification) =>
        Render(localizer, notification.MessageKey, notification.Arguments);

    public static string Render(IStringLocalizer localizer, string key, string arguments)
    {
        var args = JsonSerializer.Deserialize<string[]>(arguments) ?? [];
        return localizer[key, args.Cast<object>().ToArray()].Value;
    }
}
