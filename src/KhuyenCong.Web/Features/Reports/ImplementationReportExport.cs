using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Infrastructure.Excel;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>
/// The implementation report of more rows than the formatted workbook holds, in the background. The report is
/// computed as for the page (its groups need every row's fund and province before the first subtotal;
/// bench/export.sh measured +71 MB at 18,302 rows, ≈ 4 KB a row), and the workbook is streamed.
/// </summary>
public sealed class ImplementationReportExport(ReportRequests requests, ReportQuery reports,
    ReferenceForms.OfficialFormCatalog forms) : IExportWriter
{
    public const string KindName = "implementation-report";

    public string Kind => KindName;

    public async Task WriteAsync(ExportRun run, Stream output, Action<int> progress, CancellationToken ct)
    {
        var period = run.Enum<ReportPeriod>("period") ?? ReportPeriod.Year;
        var request = await requests.ResolveAsync(run.User, run.Int("year"), period, run.Value("boundaries"), ct);
        if (request.Filter is null)
            throw new InvalidOperationException(
                $"The report request is refused now (status {request.Resolution.Status}).");
        var report = await reports.ImplementationAsync(
            request.Scope, request.Filter, request.ScopeName, request.Map!, ct);
        var table = ReportExcel.Implementation(report).WithForm(
            await forms.InForceAsync(OfficialForms.Implementation, run.Signature.Date, ct));
        await StreamedOfficialWorkbook.WriteAsync(output, run.Signature, table, progress, ct);
    }
}
