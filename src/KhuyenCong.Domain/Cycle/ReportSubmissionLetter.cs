namespace KhuyenCong.Domain.Cycle;

/// <summary>The department's signed letter (công văn) sent with a report: number, date and the stored file.</summary>
public sealed record ReportSubmissionLetter(
    string Number, DateOnly Date, string FileName, string StoredName, string ContentType, long SizeBytes);
