using KhuyenCong.Data.Auditing;

namespace KhuyenCong.Web.Features.AuditLog;

/// <summary>One page of the log, newest first, and whether newer or older rows lie beyond it (keyset paging).</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditLogEntry> Items, bool HasNewer, bool HasOlder)
{
    public long? NewestId => Items.Count == 0 ? null : Items[0].Id;
    public long? OldestId => Items.Count == 0 ? null : Items[^1].Id;
}
