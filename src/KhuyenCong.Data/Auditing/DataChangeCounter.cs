using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Auditing;

/// <summary>
/// The one row (<see cref="SingleId"/>) whose <see cref="Version"/> is bumped in the same transaction as every
/// audited write (<see cref="AuditSaveChangesInterceptor"/>). Figures cached under this number are never served after
/// a write on any web instance. Unlike the newest audit-log id it was before (issue 16), it is safe under
/// READ_COMMITTED_SNAPSHOT: writers queue on the row's lock, so a reader that sees version n sees every write that
/// committed up to n, whereas identity values are handed out before commit and may commit out of order.
/// </summary>
public sealed class DataChangeCounter
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public long Version { get; set; }

    /// <summary>
    /// Moves the number, inside the transaction of the write it marks: the one way every write path does it — the
    /// audit interceptor after each audited save, and each write that bypasses it (bulk loads, ExecuteUpdate,
    /// raw SQL) where it changes what a cached page shows. A write outside a transaction could commit while the
    /// number stays, or the number move first while the write then fails, so none is accepted.
    /// </summary>
    public static async Task BumpAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("The change counter moves in the transaction of the write it marks.");
        await db.DataChangeCounter.Where(c => c.Id == SingleId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, c => c.Version + 1), ct);
    }
}
