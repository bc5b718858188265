namespace KhuyenCong.Domain.Common;

/// <summary>
/// A business record whose authorship and version the data layer stamps on every save
/// (see the audit interceptor); domain code never sets these fields itself.
/// </summary>
public interface IAuditable
{
    DateTime CreatedAtUtc { get; set; }
    string CreatedBy { get; set; }
    DateTime UpdatedAtUtc { get; set; }
    string UpdatedBy { get; set; }

    /// <summary>App-managed optimistic concurrency token: SQLite has no rowversion.</summary>
    long Version { get; set; }
}
