namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// One kind of background export: re-reads its filter from the job's stored query string, with the scope of the
/// user who asked, and streams the workbook to <c>output</c>. Registered by its <see cref="Kind"/>.
/// </summary>
public interface IExportWriter
{
    string Kind { get; }

    /// <param name="progress">Told the table's rows written so far (to both sheets at once).</param>
    Task WriteAsync(ExportRun run, Stream output, Action<int> progress, CancellationToken ct);
}
