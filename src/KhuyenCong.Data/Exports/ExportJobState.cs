namespace KhuyenCong.Data.Exports;

/// <summary>Where a background export stands; stored as its number, so keep the values.</summary>
public enum ExportJobState
{
    Queued = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}
