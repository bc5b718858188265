namespace KhuyenCong.Data.Exports;

/// <summary>
/// A background job: a long export (an official table of thousands of rows) or an import of an uploaded file, run
/// outside the request so that no request waits for it (<see cref="Category"/>; the type keeps its first name).
/// Any web instance may run it: it first takes a lease in the database (<see cref="LeaseToken"/> until
/// <see cref="LeaseUntilUtc"/>, renewed while it writes), so two instances never run one job, and a job left by a
/// crashed instance is taken again once its lease ends. The file goes to the shared attachment storage
/// (<see cref="StoredName"/>), not into this row, so a 100,000-row workbook never passes through memory whole; an
/// import's upload waits there too (<see cref="InputName"/>), so the instance that runs it need not be the one that
/// received it.
/// An operational queue like the e-mail outbox: not in the audit log (the export changes no business record; the
/// records an import adds are audited as the requester's own changes).
/// </summary>
public class ExportJob
{
    public long Id { get; set; }

    /// <summary>Which job ("implementation-report", "project-import"…), resolved to its handler by the web.</summary>
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

    public JobCategory Category { get; set; }

    /// <summary>An import's upload in the shared attachment storage, read by whichever instance runs it.</summary>
    public string? InputName { get; set; }

    /// <summary>
    /// An import's outcome as JSON (rows imported, or each row error as a message key with its arguments, so that the
    /// page says it in the reader's language). Written in the import's own transaction, with the records.
    /// </summary>
    public string? Result { get; set; }
}
