using KhuyenCong.Data;
using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>
/// The implementation report of more rows than the formatted workbook holds, in the background. Its lines come
/// from the database one at a time (<see cref="ReportQuery.ImplementationItemsAsync"/>) straight into the streamed
/// workbook, which writes both sheets from the one pass, so that memory does not grow with the rows and every
/// query of the export reads one snapshot (<see cref="ReadSnapshot"/>): its rows, subtotals and total agree.
/// </summary>
public sealed class ImplementationReportExport(AppDbContext db, ReportRequests requests, ReportQuery reports,
    ReferenceForms.OfficialFormCatalog forms) : IExportWriter
{
    public const string KindName = "implementation-report";

    public string Kind => KindName;

    public async Task WriteAsync(ExportRun run, Stream output, Action<int> progress, CancellationToken ct)
    {
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var period = run.Enum<ReportPeriod>("period") ?? ReportPeriod.Year;
        var request = await requests.ResolveAsync(run.User, run.Int("year"), period, run.Value("boundaries"), ct);
        if (request.Filter is null)
            throw new InvalidOperationException(
                $"The report request is refused now (status {request.Resolution.Status}).");
        var head = ReportExcel.ImplementationHead(request.Filter, request.ScopeName).WithForm(
            await forms.InForceAsync(OfficialFormKeys.Implementation, run.Signature.Date, ct));
        var (count, totals) = await reports.ImplementationTotalsAsync(request.Scope, request.Filter, ct);
        await StreamedOfficialWorkbook.WriteAsync(output, run.Signature, head, grouped: true,
            ReportExcel.ImplementationRows(
                reports.ImplementationItemsAsync(request.Scope, request.Filter, request.Map!, ct), ct),
            ReportExcel.ImplementationWidest(count, totals), progress, ct);
    }
}
