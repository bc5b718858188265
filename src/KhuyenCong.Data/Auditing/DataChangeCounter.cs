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
}
