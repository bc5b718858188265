namespace KhuyenCong.Domain.Common;

/// <summary>
/// A record that belongs to an administrative unit; scope checks use this unit.
/// A null unit means a nationwide record that only nationwide users see.
/// </summary>
public interface IScopedRecord
{
    int? ScopeUnitId { get; }
}
