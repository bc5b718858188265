using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Data.Exports;
using Microsoft.AspNetCore.Identity;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>Queues a background job (export or import) for the signed-in user and wakes this instance's loop.</summary>
public sealed class BackgroundJobQueue(AppDbContext db, TimeProvider clock, UserManager<Data.Identity.AppUser> users,
    BackgroundJobSignal signal)
{
    /// <param name="job">Kind, category, file name, total and what the handler reads (parameters or upload).</param>
    public async Task<long> EnqueueAsync(ExportJob job, ClaimsPrincipal user, CancellationToken ct)
    {
        job.UserId = users.GetUserId(user) ?? throw new InvalidOperationException("A job needs a signed-in user.");
        job.State = ExportJobState.Queued;
        job.CreatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return job.Id;
    }
}
