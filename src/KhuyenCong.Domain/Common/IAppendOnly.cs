namespace KhuyenCong.Domain.Common;

/// <summary>
/// A record that is never changed or deleted once saved (allocation entries, workflow history):
/// corrections are new records. The data layer refuses updates and deletes of these.
/// </summary>
public interface IAppendOnly;
