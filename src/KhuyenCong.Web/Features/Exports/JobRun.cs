using System.Security.Claims;
using KhuyenCong.Data.Exports;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// A job as its handler sees it: the stored job, the user who asked (as they are now), where to report progress, and
/// the one way to end it (<see cref="FinishAsync"/>, which succeeds only while this instance holds the lease).
/// </summary>
public sealed class JobRun(ExportJob job, ClaimsPrincipal user, Func<JobOutcome, CancellationToken, Task<bool>> finish)
{
    private int _done;
    private int _total;

    public ExportJob Job { get; } = job;

    public ClaimsPrincipal User { get; } = user;

    /// <summary>Units done so far (rows written or read), stored with the next heartbeat.</summary>
    public void Progress(int done) => Volatile.Write(ref _done, done);

    /// <summary>The units to do, when the handler only learns them as it starts (an import counts its rows).</summary>
    public void Total(int total) => Volatile.Write(ref _total, total);

    internal (int Done, int Total) Reported => (Volatile.Read(ref _done), Volatile.Read(ref _total));

    /// <summary>
    /// Ends the job as done with its outcome, on the job's own context (and in its transaction, if one is open).
    /// False when another instance took the job over meanwhile: the caller must then undo its work.
    /// </summary>
    public Task<bool> FinishAsync(JobOutcome outcome, CancellationToken ct) => finish(outcome, ct);
}
