using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Data.Exports;
using KhuyenCong.Data.Identity;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// Runs waiting export jobs. A job is first leased in the database by an UPDATE that only succeeds while nobody
/// holds it, so any number of web instances share the queue and never run one job twice; while it writes, a
/// heartbeat on a context of its own stores the progress and renews the lease, and a job whose lease ended (its
/// instance stopped) is taken again. The file is written to the shared attachment storage, then the job is marked
/// done — by the lease holder only.
/// </summary>
public sealed class ExportJobRunner(AppDbContext db, IServiceScopeFactory scopes, IEnumerable<IExportWriter> writers,
    AttachmentStorage storage, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals,
    ILetterheadSource letterheads, IOptions<ExportOptions> options, TimeProvider clock, ILogger<ExportJobRunner> logger)
{
    private const string FailedMessage = "Không lập được tệp. Hãy thử lại hoặc báo quản trị viên.";

    /// <summary>Takes and runs one waiting job; false when none was waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        var now = Now;
        var id = await Runnable(now).OrderBy(j => j.Id).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
        if (id is null) return false;
        var token = Guid.NewGuid().ToString("N");
        var lease = now + options.Value.Lease;
        // The WHERE is checked again by the UPDATE itself: of two instances, only one takes the job.
        var taken = await Runnable(now).Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, ExportJobState.Running).SetProperty(j => j.LeaseToken, token)
            .SetProperty(j => j.LeaseUntilUtc, lease).SetProperty(j => j.Attempts, j => j.Attempts + 1)
            .SetProperty(j => j.Progress, 0), ct);
        if (taken == 0) return true;
        var job = await db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        await RunAsync(job, token, ct);
        return true;
    }

    /// <summary>Removes finished jobs older than the retention, with their files.</summary>
    public async Task CleanUpAsync(CancellationToken ct)
    {
        var before = Now - options.Value.Retention;
        var old = db.ExportJobs.Where(j => j.CreatedAtUtc < before && j.State != ExportJobState.Running);
        foreach (var name in await old.Where(j => j.StoredName != null).Select(j => j.StoredName!).ToListAsync(ct))
            File.Delete(storage.PathOf(name));
        await old.ExecuteDeleteAsync(ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<ExportJob> Runnable(DateTime now) => db.ExportJobs.Where(j => j.State == ExportJobState.Queued
        || (j.State == ExportJobState.Running && j.LeaseUntilUtc < now));

    private IQueryable<ExportJob> Held(long id, string token) =>
        db.ExportJobs.Where(j => j.Id == id && j.LeaseToken == token);

    private async Task RunAsync(ExportJob job, string token, CancellationToken ct)
    {
        var writer = writers.FirstOrDefault(w => w.Kind == job.Kind);
        var user = await users.FindByIdAsync(job.UserId);
        if (writer is null || user is null || job.Attempts > options.Value.MaxAttempts)
        {
            logger.LogError("Export job {JobId} ({Kind}) abandoned: writer {Writer}, user {User}, attempt {Attempts}",
                job.Id, job.Kind, writer is not null, user is not null, job.Attempts);
            await FinishAsync(job.Id, token, ExportJobState.Failed, null, null, FailedMessage, ct);
            return;
        }
        // The job runs as the user is now (scope, organisation), not as they were when they asked.
        var principal = await principals.CreateAsync(user);
        var signature = new OfficialSignature(await letterheads.ForUserAsync(principal, ct), VietnamTime.Today(clock),
            principal.FindFirstValue(AppClaims.FullName));
        var stored = $"export-{Guid.NewGuid():N}.xlsx";
        var path = storage.PathOf(stored);
        Directory.CreateDirectory(storage.Folder);
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var written = 0;
        var heartbeat = HeartbeatAsync(job.Id, token, () => Volatile.Read(ref written), writing);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920,
                FileOptions.Asynchronous))
            {
                await writer.WriteAsync(new ExportRun(principal, job.Parameters, signature), file,
                    rows => Volatile.Write(ref written, rows), writing.Token);
            }
            await writing.CancelAsync();
            await heartbeat;
            var size = new FileInfo(path).Length;
            if (!await FinishAsync(job.Id, token, ExportJobState.Done, stored, size, null, ct))
            {
                // The lease was lost while writing: another instance owns the job now and writes its own file.
                File.Delete(path);
                logger.LogWarning("Export job {JobId} ({Kind}): lease lost, file discarded", job.Id, job.Kind);
                return;
            }
            logger.LogInformation("Export job {JobId} ({Kind}) done: {Rows} rows, {Size} bytes",
                job.Id, job.Kind, written, size);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await writing.CancelAsync();
            await heartbeat;
            File.Delete(path);
            logger.LogError(ex, "Export job {JobId} ({Kind}) failed", job.Id, job.Kind);
            await FinishAsync(job.Id, token, ExportJobState.Failed, null, null, FailedMessage, CancellationToken.None);
        }
        catch
        {
            // Shutting down: the file is incomplete; the lease ends and another start takes the job again.
            File.Delete(path);
            throw;
        }
    }

    /// <summary>
    /// Every second while the job writes: the rows written so far and a renewed lease, on a context of its own (the
    /// job's context is busy reading). A lease found taken over stops the writing.
    /// </summary>
    private async Task HeartbeatAsync(long id, string token, Func<int> written, CancellationTokenSource writing)
    {
        using var scope = scopes.CreateScope();
        var own = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(writing.Token))
            {
                var rows = written();
                var until = Now + options.Value.Lease;
                int held;
                try
                {
                    held = await own.ExportJobs.Where(j => j.Id == id && j.LeaseToken == token)
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, j => rows < j.Total ? rows : j.Total)
                            .SetProperty(j => j.LeaseUntilUtc, until), writing.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One failed renewal (a busy SQLite file, a deadlock victim) must not end the heartbeat: the
                    // lease would lapse and a second instance write the same job. The next tick tries again.
                    logger.LogWarning(ex, "Export job {JobId}: lease renewal failed, retrying", id);
                    continue;
                }
                if (held == 0) await writing.CancelAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The writing ended (or lost its lease): nothing more to report.
        }
    }

    private async Task<bool> FinishAsync(long id, string token, ExportJobState state, string? stored, long? size,
        string? error, CancellationToken ct)
    {
        var now = Now;
        return await Held(id, token).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state).SetProperty(j => j.StoredName, stored).SetProperty(j => j.Size, size)
            .SetProperty(j => j.Error, error).SetProperty(j => j.FinishedAtUtc, now)
            .SetProperty(j => j.Progress, j => state == ExportJobState.Done ? j.Total : j.Progress)
            .SetProperty(j => j.LeaseToken, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), ct) == 1;
    }
}
