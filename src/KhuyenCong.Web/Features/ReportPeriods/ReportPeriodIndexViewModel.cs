using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Features.Reports;
using KhuyenCong.Web.Infrastructure.Refusals;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

public sealed class ReportPeriodIndexViewModel
{
    public required IReadOnlyList<ReportPeriodRow> Periods { get; init; }
    public bool CanOpen { get; init; }
    public bool IsNationwide { get; init; }
    public ReportPeriodForm Form { get; init; } = new();
}
