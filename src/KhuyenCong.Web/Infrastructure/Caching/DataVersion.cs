using KhuyenCong.Data;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// A number that changes with every change to the data: the newest audit-log row. Every write through the
/// portal is audited in the same transaction (AuditSaveChangesInterceptor), so a figure cached under this number
/// is never served after a write, on any web instance (the number lives in the database). Reading it is one
/// primary-key lookup, so it is read afresh each time (a request that writes sees its own write).
/// </summary>
public sealed class DataVersion(AppDbContext db)
{
    public async Task<long> CurrentAsync(CancellationToken ct) =>
        await db.AuditLog.AsNoTracking().MaxAsync(a => (long?)a.Id, ct) ?? 0;
}
