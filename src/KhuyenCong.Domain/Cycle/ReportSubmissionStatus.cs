namespace KhuyenCong.Domain.Cycle;

/// <summary>Where a province's report stands: submitted, or returned by the ministry to be corrected.</summary>
public enum ReportSubmissionStatus
{
    Submitted = 1,
    Returned = 2,
}
