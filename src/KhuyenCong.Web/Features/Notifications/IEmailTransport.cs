using MimeKit;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>Hands one message to the mail server; throws when the server refuses or cannot be reached.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
