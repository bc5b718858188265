using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>SMTP through MailKit, as configured in the "Email" section; one connection per batch is not worth the
/// state it would keep, so each message connects, sends and disconnects.</summary>
public sealed class MailKitEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        var security = Enum.TryParse<SecureSocketOptions>(o.Security, ignoreCase: true, out var parsed)
            ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(o.Host, o.Port, security, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
