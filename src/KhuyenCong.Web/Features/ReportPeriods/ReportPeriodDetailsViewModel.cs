using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Features.Reports;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

public sealed class ReportPeriodDetailsViewModel
{
    public required Period Period { get; init; }
    public required IReadOnlyList<ProvinceReportRow> Provinces { get; init; }
    public DateOnly Today { get; init; }
    public bool IsNationwide { get; init; }

    /// <summary>The department's own province may send (or resend) its report.</summary>
    public bool CanSubmit { get; init; }

    public IEnumerable<ProvinceReportRow> Submitted => Provinces.Where(p => p.Counts);
    public IEnumerable<ProvinceReportRow> NotSubmitted => Provinces.Where(p => !p.Counts);
    public bool Overdue => Period.IsLateOn(Today);

    /// <summary>The national figures: the sum of the frozen reports that count (returned ones do not).</summary>
    public ReportTotals National => Submitted.Aggregate(ReportTotals.Zero, (t, p) => t + p.Totals);
    public int NationalProjects => Submitted.Sum(p => p.Projects);
}
