using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Features.Reports;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

public sealed class ReportSubmissionViewModel
{
    public required Period Period { get; init; }
    public required ReportSubmission Submission { get; init; }
    public required string Province { get; init; }
    public required ImplementationReport Report { get; init; }
    public bool CanReturn { get; init; }
    public bool CanResubmit { get; init; }
}
