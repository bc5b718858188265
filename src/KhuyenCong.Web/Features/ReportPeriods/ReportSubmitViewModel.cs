using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Features.Reports;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

public sealed class ReportSubmitViewModel
{
    public required Period Period { get; init; }
    public required string Province { get; init; }
    public required ImplementationReport Preview { get; init; }
    public string? ReturnReason { get; init; }
    public ReportSubmitForm Form { get; init; } = new();
}
