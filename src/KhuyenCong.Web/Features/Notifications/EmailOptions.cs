namespace KhuyenCong.Web.Features.Notifications;

/// <summary>The "Email" section of appsettings: SMTP through MailKit, off unless <see cref="Enabled"/>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public bool Enabled { get; set; }
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;

    /// <summary>"Auto" (STARTTLS when offered), "StartTls", "SslOnConnect" or "None".</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "khuyencong@localhost";
    public string FromName { get; set; } = "Cổng thông tin khuyến công";

    /// <summary>The portal's public address, put before each notification's link in the mail.</summary>
    public string PortalUrl { get; set; } = "";

    /// <summary>How often each web instance looks for mail to send.</summary>
    public int PollSeconds { get; set; } = 15;

    public int BatchSize { get; set; } = 20;

    /// <summary>Tries before a mail is abandoned (logged, kept in the outbox); waits double from one minute.</summary>
    public int MaxAttempts { get; set; } = 8;

    public int TimeoutSeconds { get; set; } = 30;
}
