using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration.Seeding;

/// <summary>
/// Migrations applied at start move the change counter that keys every kept page (issue 16): a migration may change
/// data that those pages show, and another instance of the older build must not serve the pages it kept before.
/// A start with nothing to migrate leaves the counter alone (it would empty every instance's page cache).
/// </summary>
public sealed class MigrationChangeCounterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kc-migrate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task PendingMigrations_Applied_MoveTheCounter_NothingPending_LeavesIt()
    {
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DatabaseProvider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "kc.db")}",
        }).Build();
        await using var services = new ServiceCollection().AddLogging()
            .AddKhuyenCongData(configuration, folder).BuildServiceProvider();

        // A new database: every migration pending; the one that made the counter seeds it at 0.
        Assert.True(await WithDbAsync(db => DatabaseInitializer.MigrateAsync(db, CancellationToken.None)));
        Assert.Equal(1, await WithDbAsync(VersionAsync));

        Assert.False(await WithDbAsync(db => DatabaseInitializer.MigrateAsync(db, CancellationToken.None)));
        Assert.Equal(1, await WithDbAsync(VersionAsync));

        async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
        {
            await using var scope = services.CreateAsyncScope();
            return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
    }

    private static Task<long> VersionAsync(AppDbContext db) => db.DataChangeCounter.AsNoTracking()
        .Where(c => c.Id == DataChangeCounter.SingleId).Select(c => c.Version).SingleAsync();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
