using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Infrastructure.Excel;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>
/// The implementation report of more rows than the formatted workbook holds, in the background. Its lines come
/// from the database one at a time (<see cref="ReportQuery.ImplementationItemsAsync"/>) straight into the streamed
/// workbook, once per sheet, so that memory does not grow with the rows (before: the whole report was computed
/// first, ≈ 4 KB a row, +71 MB at 18,302 rows).
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
        var head = ReportExcel.ImplementationHead(request.Filter, request.ScopeName).WithForm(
            await forms.InForceAsync(OfficialForms.Implementation, run.Signature.Date, ct));
        await StreamedOfficialWorkbook.WriteAsync(output, run.Signature, head, grouped: true,
            () => ReportExcel.ImplementationRows(
                reports.ImplementationItemsAsync(request.Scope, request.Filter, request.Map!, ct), ct),
            progress, ct);
    }
}
