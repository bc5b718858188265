namespace KhuyenCong.Data.Notifications;

/// <summary>
/// One message to one user. The text is stored as its resource key (the Vietnamese text) and arguments, so each
/// reader sees it in their own language when it is shown, whatever the sender's language was.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string MessageKey { get; set; } = "";

    /// <summary>The message's arguments as a JSON array of strings (already formatted: dates dd/MM/yyyy).</summary>
    public string Arguments { get; set; } = "[]";

    /// <summary>A local path in the portal (e.g. /Projects/Details/5); null when there is nothing to open.</summary>
    public string? Link { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }

    /// <summary>
    /// Set for reminders that must reach a user once per subject and deadline (the daily job runs on every web
    /// instance): a unique index on (user, key) makes a second insert fail instead of doubling the reminder.
    /// </summary>
    public string? DedupeKey { get; set; }
}
