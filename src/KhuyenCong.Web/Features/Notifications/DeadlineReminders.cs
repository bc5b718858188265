using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// "Deadline in 7 days": open product rounds whose submissions close within the week reach the organisations of
/// their area, and nomination packages not yet sent reach their senders; the cycle's registration and report
/// deadlines are <see cref="CycleDeadlineReminders"/>'s. Idempotent: each user is reminded once per
/// subject and deadline (a moved deadline reminds again), whichever instance runs it and however often.
/// </summary>
public sealed class DeadlineReminders(AppDbContext db, NotificationEvents events, CycleDeadlineReminders cycle)
{
    public const int DaysAhead = 7;

    /// <summary>Stores the reminders due on <paramref name="today"/>; returns how many were added.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(DaysAhead);
        var rounds = await db.ProductRounds.Include(r => r.Provinces)
            .Where(r => r.Status == RoundStatus.Open && r.SubmissionCloses >= today && r.SubmissionCloses <= last)
            .ToListAsync(ct);
        var added = 0;
        foreach (var round in rounds) added += await events.RoundDeadlineAsync(round, ct);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var packages = await db.ProductNominations.Where(n => roundIds.Contains(n.RoundId)
            && (n.Status == NominationStatus.Draft || n.Status == NominationStatus.Returned)).ToListAsync(ct);
        foreach (var package in packages)
            added += await events.NominationDeadlineAsync(package, rounds.Single(r => r.Id == package.RoundId), ct);
        added += await cycle.RunAsync(today, ct);
        await db.SaveChangesAsync(ct);
        return added;
    }
}
