namespace KhuyenCong.Data.Auditing;

/// <summary>
/// One change to one record, written in the same transaction as the change. Append-only: the
/// context refuses to update or delete these rows.
/// </summary>
public class AuditLogEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityKey { get; set; } = "";

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; set; } = "";

    /// <summary>JSON object of the changed properties before the change; null for an addition.</summary>
    public string? OldValues { get; set; }

    /// <summary>JSON object of the changed properties after the change; null for a deletion.</summary>
    public string? NewValues { get; set; }
}
