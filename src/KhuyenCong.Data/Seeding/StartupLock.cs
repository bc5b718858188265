using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// One instance at a time through start-up's migration and seeding on SQL Server: two instances of a new build
/// starting together (a rolling deploy, a scale-out) would otherwise both find the reference data missing and both
/// load it, the second failing on its keys. The lock belongs to the context's open connection (session) and ends
/// with it; the instance that waited then finds the work done and skips it. SQLite is one host's file: no lock.
/// </summary>
public static class StartupLock
{
    public const string AcquireSql =
        "DECLARE @result int; EXEC @result = sp_getapplock @Resource = N'KhuyenCong.Startup', " +
        "@LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 600000; " +
        "IF @result < 0 THROW 51000, N'KhuyenCong: start-up lock not granted within 10 minutes.', 1;";

    public const string ReleaseSql =
        "EXEC sp_releaseapplock @Resource = N'KhuyenCong.Startup', @LockOwner = N'Session';";

    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlServer()) return new Held(null);
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(AcquireSql, ct);
        return new Held(db);
    }

    private sealed class Held(AppDbContext? db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (db is null) return;
            await db.Database.ExecuteSqlRawAsync(ReleaseSql);
            await db.Database.CloseConnectionAsync();
        }
    }
}
