using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// A number that changes with every change to the data: the <see cref="DataChangeCounter"/>, bumped in the same
/// transaction as each audited write, so a figure cached under this number is never served after a write, on any
/// web instance (the number lives in the database). Reading it is one primary-key lookup, so it is read afresh each
/// time (a request that writes sees its own write).
/// </summary>
/// <remarks>
/// Writes that bypass the audit interceptor move it through the same helper
/// (<see cref="DataChangeCounter.BumpAsync"/>) where they change what a kept page shows: the administrative units'
/// bulk load and the search-key backfill at start-up, and the migrations applied at start (a backfill in one may
/// change what another instance of the older build keeps). An import job's projects are an audited save (in the job's
/// transaction), so they move it too. These writes leave it, because no kept page (<see cref="CachedPages"/>) shows
/// what they change: a job's lease, progress, end and clean-up (the job pages are not kept), the sign-in sessions,
/// the e-mail outbox, and the reference-seeding state; marking notifications read changes the menu's unread count,
/// which is part of every kept page's key instead (bumping would drop every user's pages on each read). A restore
/// replaces the database while the portal is stopped, which empties the in-memory cache anyway.
/// </remarks>
public sealed class DataVersion(AppDbContext db)
{
    public async Task<long> CurrentAsync(CancellationToken ct) =>
        await db.DataChangeCounter.AsNoTracking().Where(c => c.Id == DataChangeCounter.SingleId)
            .Select(c => (long?)c.Version).SingleOrDefaultAsync(ct) ?? 0;
}
