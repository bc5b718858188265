using System.Diagnostics;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Runs at start-up: migrates the database, then seeds reference data (always) and demo data (when enabled).
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var clock = Stopwatch.StartNew();

        await db.Database.MigrateAsync(ct);
        await SqlServerCompatibility.EnsureAsync(db, ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

        await SearchKeyBackfill.RunAsync(db, ct);
        var unitsAdded = await AdministrativeUnitSeeder.SeedAsync(db, ct);
        await ReferenceOrganisationSeeder.SeedAsync(db, ct);
        await ReferenceListSeeder.SeedAsync(db, ct);
        await OfficialFormSeeder.SeedAsync(db, ct);
        await SeedRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());

        var demo = provider.GetRequiredService<IConfiguration>().GetValue<bool>("Seeding:Demo");
        if (demo) await DemoSeeder.SeedAsync(db, provider.GetRequiredService<UserManager<AppUser>>(), ct);

        // Issue 16: SQLite's planner needs table statistics to choose between the indexes of a large table (without
        // them a province's list may walk the whole Projects table). PRAGMA optimize gathers them only for tables
        // that changed enough since the last time, with a bounded sample (0x10000: check every table), so it is
        // cheap on later starts.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);

        logger.LogInformation("Database ready in {ElapsedMs} ms (administrative units seeded: {UnitsSeeded}, demo " +
            "data: {Demo})",
            clock.ElapsedMilliseconds, unitsAdded, demo);
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in RoleNames.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
