using System.Globalization;
using KhuyenCong.Data;
using KhuyenCong.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// Sends what is due in the outbox. Rows are claimed in the database first (an UPDATE that only succeeds on rows
/// nobody holds), so any number of web instances share the work without sending a mail twice; a claim left by a
/// crashed instance expires. A failure is logged and retried later, waiting twice as long each time.
/// </summary>
public sealed class EmailOutboxSender(AppDbContext db, IEmailTransport transport, IOptions<EmailOptions> options,
    IStringLocalizer<SharedResource> localizer, TimeProvider clock, ILogger<EmailOutboxSender> logger)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>Sends one batch; returns how many rows were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        var candidates = await Due(now).OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id).Take(o.BatchSize)
            .Select(m => m.Id).ToListAsync(ct);
        if (candidates.Count == 0) return 0;
        // The WHERE is checked again by the UPDATE itself: of two instances, only one claims each row.
        await Due(now).Where(m => candidates.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntilUtc, now + ClaimFor), ct);
        var claimed = await db.EmailOutbox.Include(m => m.Notification).Where(m => m.ClaimToken == token)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var message in claimed)
        {
            if (await TrySendAsync(message, ct)) sent++;
            message.ClaimToken = null;
            message.ClaimedUntilUtc = null;
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }

    private IQueryable<EmailOutboxMessage> Due(DateTime now) => db.EmailOutbox.Where(m => m.SentAtUtc == null
        && m.AbandonedAtUtc == null && m.NextAttemptAtUtc <= now
        && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now));

    private async Task<bool> TrySendAsync(EmailOutboxMessage message, CancellationToken ct)
    {
        message.Attempts++;
        try
        {
            await transport.SendAsync(await ComposeAsync(message, ct), ct);
            message.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var o = options.Value;
            message.LastError = Truncate(ex.GetType().Name + ": " + ex.Message, 2000);
            if (message.Attempts >= o.MaxAttempts)
            {
                message.AbandonedAtUtc = clock.GetUtcNow().UtcDateTime;
                logger.LogError(ex, "E-mail {OutboxId} to {Address} abandoned after {Attempts} attempts",
                    message.Id, message.ToAddress, message.Attempts);
            }
            else
            {
                var wait = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, message.Attempts - 1), 12 * 60));
                message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + wait;
                logger.LogWarning(ex, "E-mail {OutboxId} to {Address} failed (attempt {Attempts}); retrying at {Next}",
                    message.Id, message.ToAddress, message.Attempts, message.NextAttemptAtUtc);
            }
            return false;
        }
    }

    /// <summary>The mail in the recipient's language (their profile's choice, Vietnamese by default).</summary>
    private async Task<MimeMessage> ComposeAsync(EmailOutboxMessage outbox, CancellationToken ct)
    {
        var o = options.Value;
        var language = await db.Users.Where(u => u.Id == outbox.Notification.UserId)
            .Select(u => u.PreferredLanguage).SingleOrDefaultAsync(ct);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language == "en" ? "en" : "vi-VN");
        try
        {
            var text = NotificationText.Render(localizer, outbox.Notification);
            var mail = new MimeMessage();
            mail.From.Add(new MailboxAddress(o.FromName, o.From));
            mail.To.Add(MailboxAddress.Parse(outbox.ToAddress));
            mail.Subject = localizer["[Khuyến công] {0}", Truncate(text, 120)].Value;
            var link = outbox.Notification.Link is { } path ? o.PortalUrl.TrimEnd('/') + path : null;
            mail.Body = new TextPart("plain")
            {
                Text = text + (link is null ? "" : "\n\n" + link) + "\n\n-- \n"
                    + localizer["Thư tự động từ Cổng thông tin khuyến công. Bạn có thể tắt thư thông báo trong "
                        + "mục Thông báo qua thư điện tử của tài khoản."].Value,
            };
            return mail;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
