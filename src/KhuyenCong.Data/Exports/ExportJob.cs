namespace KhuyenCong.Data.Exports;

/// <summary>
/// A long export (an official table of thousands of rows) run in the background so that no request waits for it.
/// Any web instance may run it: it first takes a lease in the database (<see cref="LeaseToken"/> until
/// <see cref="LeaseUntilUtc"/>, renewed while it writes), so two instances never run one job, and a job left by a
/// crashed instance is taken again once its lease ends. The file goes to the shared attachment storage
/// (<see cref="StoredName"/>), not into this row, so a 100,000-row workbook never passes through memory whole.
/// An operational queue like the e-mail outbox: not in the audit log (the export changes no business record).
/// </summary>
public class ExportJob
{
    public long Id { get; set; }

    /// <summary>Which export (e.g. "implementation-report"), resolved to its writer by the web layer.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The request's query string as the user sent it; the writer binds its own filter from it.</summary>
    public string Parameters { get; set; } = "";

    /// <summary>Who asked: the job runs with their scope and letterhead; only they may see or download it.</summary>
    public string UserId { get; set; } = "";

    public string FileName { get; set; } = "";
    public ExportJobState State { get; set; }

    /// <summary>Rows written so far out of <see cref="Total"/> (counted when the job was asked for).</summary>
    public int Progress { get; set; }
    public int Total { get; set; }

    public string? LeaseToken { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public int Attempts { get; set; }

    public string? StoredName { get; set; }
    public long? Size { get; set; }
    public string? Error { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
}
