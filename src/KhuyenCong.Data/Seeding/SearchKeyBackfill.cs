using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Search keys of organisations and users stored before those columns existed (the migration adds them empty: SQL
/// cannot strip Vietnamese diacritics). Runs at every start and finds nothing once done; row by row without change
/// tracking, so that it neither bumps versions nor fills the audit log with a technical change. The keys order the
/// names that pages show (a successor's organisations, a commune's), so the change counter moves with them, in one
/// transaction: another instance's cached pages are not served after it.
/// </summary>
internal static class SearchKeyBackfill
{
    public static async Task RunAsync(AppDbContext db, CancellationToken ct)
    {
        var organisations = await db.Organisations.Where(o => o.SearchKey == "" && o.Name != "")
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var users = await db.Users.Where(u => u.SearchKey == "" && u.FullName != "")
            .Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
        if (organisations.Count == 0 && users.Count == 0) return;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var o in organisations)
        {
            var key = VietnameseText.SearchKey(o.Name);
            await db.Organisations.Where(x => x.Id == o.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(x => x.SearchKey, key), ct);
        }
        foreach (var u in users)
        {
            var key = VietnameseText.SearchKey(u.FullName);
            await db.Users.Where(x => x.Id == u.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(x => x.SearchKey, key), ct);
        }
        await Auditing.DataChangeCounter.BumpAsync(db, ct);
        await transaction.CommitAsync(ct);
    }
}
