using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>A period in the list; <see cref="OwnStatus"/> is the user's province's report (null when none).</summary>
public sealed record ReportPeriodRow(int Id, int Year, ReportPeriodKind Kind, DateOnly Deadline, int DaysLeft,
    int Submitted, int Late, ReportSubmissionStatus? OwnStatus);
