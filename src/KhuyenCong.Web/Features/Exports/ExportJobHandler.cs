using System.Security.Claims;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// The background jobs that write a long export: the writer of the job's kind streams the workbook into the shared
/// attachment storage; the file is kept only if the job is still this instance's when it is done.
/// </summary>
public sealed class ExportJobHandler(IEnumerable<IExportWriter> writers, AttachmentStorage storage,
    ILetterheadSource letterheads, TimeProvider clock, ILogger<ExportJobHandler> logger) : IBackgroundJob
{
    public bool Handles(string kind) => writers.Any(w => w.Kind == kind);

    public async Task RunAsync(JobRun run, CancellationToken ct)
    {
        var writer = writers.First(w => w.Kind == run.Job.Kind);
        var principal = run.User;
        var signature = new OfficialSignature(await letterheads.ForUserAsync(principal, ct), VietnamTime.Today(clock),
            principal.FindFirstValue(AppClaims.FullName));
        var stored = $"export-{Guid.NewGuid():N}.xlsx";
        var path = storage.PathOf(stored);
        Directory.CreateDirectory(storage.Folder);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920,
                FileOptions.Asynchronous))
            {
                await writer.WriteAsync(new ExportRun(principal, run.Job.Parameters, signature), file, run.Progress,
                    ct);
            }
            var size = new FileInfo(path).Length;
            if (!await run.FinishAsync(new JobOutcome(stored, size), ct))
            {
                // The lease was lost while writing: another instance owns the job now and writes its own file.
                File.Delete(path);
                logger.LogWarning("Export job {JobId} ({Kind}): lease lost, file discarded", run.Job.Id, run.Job.Kind);
            }
        }
        catch
        {
            // Failed, or shutting down: the file is incomplete (a job taken again writes a new one).
            File.Delete(path);
            throw;
        }
    }
}
