namespace KhuyenCong.Data.Exports;

/// <summary>How far a background job is, as every job page shows it (exports and imports alike).</summary>
public static class JobProgress
{
    public static bool Finished(ExportJobState state) => state is ExportJobState.Done or ExportJobState.Failed;

    /// <summary>0–100: a done job is complete whatever its counts say; an unknown total counts as nothing yet.</summary>
    public static int Percent(ExportJobState state, long done, long total) =>
        state == ExportJobState.Done ? 100 : total <= 0 ? 0 : (int)(100L * done / total);
}
