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
public sealed class DataVersion(AppDbContext db)
{
    public async Task<long> CurrentAsync(CancellationToken ct) =>
        await db.DataChangeCounter.AsNoTracking().Where(c => c.Id == DataChangeCounter.SingleId)
            .Select(c => (long?)c.Version).SingleOrDefaultAsync(ct) ?? 0;
}
