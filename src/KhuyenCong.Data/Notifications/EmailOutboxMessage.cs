namespace KhuyenCong.Data.Notifications;

/// <summary>
/// An e-mail still to be sent for a notification, stored in the same save as the business step so that the step
/// never waits for (or fails with) the mail server. Any web instance may send it: it first claims the row in the
/// database (<see cref="ClaimToken"/> until <see cref="ClaimedUntilUtc"/>), so two instances never send one mail twice.
/// </summary>
public class EmailOutboxMessage
{
    public long Id { get; set; }
    public long NotificationId { get; set; }
    public Notification Notification { get; set; } = null!;
    public string ToAddress { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? ClaimToken { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }

    /// <summary>Set when the retries are used up: the row stays for the administrators to read, never resent.</summary>
    public DateTime? AbandonedAtUtc { get; set; }
    public string? LastError { get; set; }
}
