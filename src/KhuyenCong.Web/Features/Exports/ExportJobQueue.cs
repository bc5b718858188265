using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Data.Exports;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>Where an export action decides between answering at once and queuing a job.</summary>
public sealed class ExportJobQueue(AppDbContext db, IOptions<ExportOptions> options, TimeProvider clock,
    UserManager<Data.Identity.AppUser> users)
{
    /// <summary>Whether a table of this many rows is too long to build during the request.</summary>
    public bool IsLong(int rows) => rows > options.Value.DirectRowLimit;

    public async Task<long> EnqueueAsync(
        string kind, ClaimsPrincipal user, QueryString query, string fileName, int rows, CancellationToken ct)
    {
        var job = new ExportJob
        {
            Kind = kind,
            Parameters = query.Value ?? "",
            UserId = users.GetUserId(user) ?? throw new InvalidOperationException("An export needs a signed-in user."),
            FileName = fileName,
            State = ExportJobState.Queued,
            // Both sheets are written row by row: the progress bar runs over twice the table's rows.
            Total = Math.Max(1, rows * 2),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }
}
