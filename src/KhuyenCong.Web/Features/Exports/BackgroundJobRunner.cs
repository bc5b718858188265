using KhuyenCong.Data;
using KhuyenCong.Data.Exports;
using KhuyenCong.Data.Identity;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// Runs waiting background jobs (exports and imports). A job is first leased in the database by an UPDATE that only
/// succeeds while nobody holds it, so any number of web instances share the queue and never run one job twice;
/// while it runs, a heartbeat on a context of its own stores the progress and renews the lease, and a job whose
/// lease ended (its instance stopped) is taken again. Its handler ends it — by the lease holder only
/// (<see cref="JobRun.FinishAsync"/>).
/// </summary>
public sealed class BackgroundJobRunner(AppDbContext db, IServiceScopeFactory scopes,
    IEnumerable<IBackgroundJob> handlers,
    AttachmentStorage storage, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals,
    Microsoft.AspNetCore.Authentication.IClaimsTransformation requestRules, BackgroundJobUser jobUser,
    IOptions<ExportOptions> options, TimeProvider clock, ILogger<BackgroundJobRunner> logger)
{
    private const string FailedMessage = "Không lập được tệp. Hãy thử lại hoặc báo quản trị viên.";
    public const string ImportFailedMessage = "Không nhập được tệp. Hãy thử lại hoặc báo quản trị viên.";

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

    /// <summary>Removes finished jobs older than the retention, with their files and uploads.</summary>
    public async Task CleanUpAsync(CancellationToken ct)
    {
        var before = Now - options.Value.Retention;
        // Only ended jobs: a job still queued (a long queue) keeps its upload for the instance that takes it.
        var old = db.ExportJobs.Where(j => j.CreatedAtUtc < before
            && (j.State == ExportJobState.Done || j.State == ExportJobState.Failed));
        var files = await old.Where(j => j.StoredName != null || j.InputName != null)
            .Select(j => new { j.StoredName, j.InputName }).ToListAsync(ct);
        foreach (var name in files.SelectMany(f => new[] { f.StoredName, f.InputName }).OfType<string>())
            File.Delete(storage.PathOf(name));
        await old.ExecuteDeleteAsync(ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<ExportJob> Runnable(DateTime now) => db.ExportJobs.Where(j => j.State == ExportJobState.Queued
        || (j.State == ExportJobState.Running && j.LeaseUntilUtc < now));

    private async Task RunAsync(ExportJob job, string token, CancellationToken ct)
    {
        var handler = handlers.FirstOrDefault(h => h.Handles(job.Kind));
        var user = await users.FindByIdAsync(job.UserId);
        // A user locked since asking is no user to run for (as at sign-in).
        if (user is not null && await users.IsLockedOutAsync(user)) user = null;
        var failed = job.Category == JobCategory.Import ? ImportFailedMessage : FailedMessage;
        if (handler is null || user is null || job.Attempts > options.Value.MaxAttempts)
        {
            logger.LogError("Job {JobId} ({Kind}) abandoned: handler {Handler}, user {User}, attempt {Attempts}",
                job.Id, job.Kind, handler is not null, user is not null, job.Attempts);
            await FinishAsync(job.Id, token, ExportJobState.Failed, new JobOutcome(), failed, ct);
            return;
        }
        // The job runs as the user is now (scope, organisation, roles), not as they were when they asked.
        // The request's own rules apply too: an organisation ended since asking makes its officer a reader
        // (EndedOrganisationClaims), so an import queued on its last day does not write the day after.
        var principal = await requestRules.TransformAsync(await principals.CreateAsync(user));
        jobUser.User = principal;
        using var working = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(working.Token);
        // The heartbeat goes on while the handler finishes: it is never awaited inside the handler's transaction
        // (it may wait for that transaction's lock), and once the job has ended its update matches no row.
        JobRun? run = null;
        run = new JobRun(job, principal, (outcome, finishCt) =>
            FinishAsync(job.Id, token, ExportJobState.Done, outcome, null, finishCt, run!.Reported.Total));
        var heartbeat = HeartbeatAsync(job.Id, token, run, working, beating.Token);
        try
        {
            await handler.RunAsync(run, working.Token);
            await beating.CancelAsync();
            await heartbeat;
            logger.LogInformation("Job {JobId} ({Kind}) ended: {Done} of {Total}", job.Id, job.Kind,
                run.Reported.Done, run.Reported.Total);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await beating.CancelAsync();
            await heartbeat;
            logger.LogError(ex, "Job {JobId} ({Kind}) failed", job.Id, job.Kind);
            await FinishAsync(job.Id, token, ExportJobState.Failed, new JobOutcome(), failed, CancellationToken.None);
        }
    }

    /// <summary>
    /// Every second while the job runs: the progress so far and a renewed lease, on a context of its own (the job's
    /// context is busy reading or inside the import's transaction). A lease found taken over stops the work.
    /// </summary>
    private async Task HeartbeatAsync(long id, string token, JobRun run, CancellationTokenSource working,
        CancellationToken stop)
    {
        using var scope = scopes.CreateScope();
        var own = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var (done, total) = run.Reported;
                var until = Now + options.Value.Lease;
                int held;
                try
                {
                    held = await own.ExportJobs.Where(j => j.Id == id && j.LeaseToken == token)
                        .ExecuteUpdateAsync(s =>
                        {
                            s.SetProperty(j => j.LeaseUntilUtc, until);
                            if (total > 0)
                                s.SetProperty(j => j.Total, total).SetProperty(j => j.Progress, Math.Min(done, total));
                            else s.SetProperty(j => j.Progress, j => done < j.Total ? done : j.Total);
                        }, stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One failed renewal (a busy SQLite file, a deadlock victim) must not end the heartbeat: the
                    // lease would lapse and a second instance run the same job. The next tick tries again.
                    logger.LogWarning(ex, "Job {JobId}: lease renewal failed, retrying", id);
                    continue;
                }
                if (held == 0) await working.CancelAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The work ended (or lost its lease): nothing more to report.
        }
    }

    /// <param name="total">The total the handler reported, if any (a short job ends before any heartbeat).</param>
    private async Task<bool> FinishAsync(long id, string token, ExportJobState state, JobOutcome outcome,
        string? error, CancellationToken ct, int total = 0)
    {
        var now = Now;
        return await db.ExportJobs.Where(j => j.Id == id && j.LeaseToken == token).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(j => j.State, state).SetProperty(j => j.StoredName, outcome.StoredName)
                .SetProperty(j => j.Size, outcome.Size).SetProperty(j => j.Result, outcome.Result)
                .SetProperty(j => j.Error, error).SetProperty(j => j.FinishedAtUtc, now)
                .SetProperty(j => j.LeaseToken, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null);
            if (state == ExportJobState.Done && total > 0)
                s.SetProperty(j => j.Total, total).SetProperty(j => j.Progress, total);
            else if (state == ExportJobState.Done) s.SetProperty(j => j.Progress, j => j.Total);
        }, ct) == 1;
    }
}
