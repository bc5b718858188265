using System.Text.Json;
using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// Stores a notification per recipient, and its e-mail in the outbox, in the caller's unit of work: they are saved
/// by the business step's own SaveChanges, so a step saved is a step notified, and a step refused notifies nobody.
/// Nothing here talks to a mail server (<see cref="EmailOutboxSender"/> does, later, on any instance).
/// </summary>
public sealed class Notifier(AppDbContext db, RecipientResolver resolver, ICurrentUser currentUser,
    IOptions<EmailOptions> email, TimeProvider clock)
{
    // Vietnamese arguments stay readable in the table instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Json =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <param name="messageKey">The Vietnamese text with {0}… placeholders: the key of its English text.</param>
    /// <param name="args">Already formatted values (dd/MM/yyyy dates, codes, names).</param>
    /// <param name="dedupeKey">For reminders: who already has a notification with this key gets no other.</param>
    public async Task<int> NotifyAsync(IEnumerable<Recipient> recipients, string messageKey, object?[] args,
        string? link, CancellationToken ct, string? dedupeKey = null)
    {
        var userIds = await resolver.ResolveAsync(recipients, ct);
        // The one who acted knows already.
        if (currentUser.UserId is { } me) userIds.Remove(me);
        if (dedupeKey is not null)
        {
            var already = await db.Notifications.AsNoTracking()
                .Where(n => n.DedupeKey == dedupeKey && userIds.Contains(n.UserId)).Select(n => n.UserId)
                .ToListAsync(ct);
            userIds.ExceptWith(already);
            // Nor twice in one run (one user covering two places): the unique index would refuse the whole save.
            userIds.ExceptWith(db.Notifications.Local.Where(n => n.DedupeKey == dedupeKey).Select(n => n.UserId));
        }
        if (userIds.Count == 0) return 0;

        var ids = userIds.ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.EmailOptOut }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var arguments = JsonSerializer.Serialize(args.Select(a => Convert.ToString(a,
            System.Globalization.CultureInfo.InvariantCulture) ?? ""), Json);
        foreach (var user in users)
        {
            var notification = new Notification
            {
                UserId = user.Id, MessageKey = messageKey, Arguments = arguments, Link = link, CreatedAtUtc = now,
                DedupeKey = dedupeKey,
            };
            db.Notifications.Add(notification);
            if (email.Value.Enabled && !user.EmailOptOut && !string.IsNullOrWhiteSpace(user.Email))
                db.EmailOutbox.Add(new EmailOutboxMessage
                {
                    Notification = notification, ToAddress = user.Email, CreatedAtUtc = now, NextAttemptAtUtc = now,
                });
        }
        return users.Count;
    }
}
