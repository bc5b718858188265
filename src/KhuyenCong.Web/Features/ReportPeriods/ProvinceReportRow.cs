using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Features.Reports;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>One province on the period's page: its report (if any) and the report's frozen totals.</summary>
public sealed record ProvinceReportRow(int UnitId, string Province, int? SubmissionId,
    ReportSubmissionStatus? Status, DateOnly? SubmittedOn, bool IsLate, string? LetterNumber, int Projects,
    ReportTotals Totals)
{
    /// <summary>Counted in the national figures: sent and not returned.</summary>
    public bool Counts => Status == ReportSubmissionStatus.Submitted;
}
