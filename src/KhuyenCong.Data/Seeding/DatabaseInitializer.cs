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
/// Runs at start-up: migrates the database, then seeds reference data and demo data (when enabled). Reference
/// seeding runs on the first start of each build (<see cref="ReferenceFingerprint"/>) or after a migration, and is
/// skipped on later starts of the same build: its seeders add only what is missing, so there is nothing left for them
/// to do, and each of their checks costs a query (issue 16: later starts ≤ 2 s on the national data set).
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var steps = new StartupSteps();
        var clock = provider.GetRequiredService<TimeProvider>();
        await using var startupLock = await StartupLock.AcquireAsync(db, ct);

        var migrated = await steps.RunAsync("migrate", async () =>
        {
            var pending = await MigrateAsync(db, ct);
            await SqlServerCompatibility.EnsureAsync(db, ct);
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            return pending;
        });

        var state = await steps.RunAsync("state", () => db.SeedingStates
            .SingleOrDefaultAsync(s => s.Name == SeedingState.Reference, ct));
        var unitsAdded = false;
        if (migrated || state?.Fingerprint != ReferenceFingerprint.Current)
        {
            // Rows stored before a migration added a search key; the portal itself always writes one.
            await steps.RunAsync("search keys", () => SearchKeyBackfill.RunAsync(db, ct));
            unitsAdded = await steps.RunAsync("units", () => AdministrativeUnitSeeder.SeedAsync(db, clock, ct));
            await steps.RunAsync("organisations", () => ReferenceOrganisationSeeder.SeedAsync(db, ct));
            await steps.RunAsync("lists", () => ReferenceListSeeder.SeedAsync(db, ct));
            await steps.RunAsync("official forms", () => OfficialFormSeeder.SeedAsync(db, ct));
            await steps.RunAsync("roles",
                () => SeedRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>()));
            await steps.RunAsync("complete", () => CompleteAsync(db, state, clock, ct));
        }

        var demo = provider.GetRequiredService<IConfiguration>().GetValue<bool>("Seeding:Demo");
        if (demo)
            await steps.RunAsync("demo",
                () => DemoSeeder.SeedAsync(db, provider.GetRequiredService<UserManager<AppUser>>(), ct));

        // Issue 16: SQLite's planner needs table statistics to choose between the indexes of a large table (without
        // them a province's list may walk the whole Projects table). PRAGMA optimize gathers them only for tables
        // that changed enough since the last time (0x10000: check every table, 0x02: analyse those), with a bounded
        // sample (0x10: a temporary analysis_limit, which an explicit mask must name), so it stays cheap on a start
        // whatever the database's size.
        if (db.Database.IsSqlite())
            await steps.RunAsync("optimize", () => db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10012;", ct));

        using var process = Process.GetCurrentProcess();
        logger.LogInformation("Database ready in {ElapsedMs} ms, CPU {CpuMs} ms (administrative units seeded: " +
            "{UnitsSeeded}, demo data: {Demo}); process since start {ProcessMs} ms, CPU {ProcessCpuMs} ms; " +
            "steps wall/CPU ms: {Steps}",
            steps.ElapsedMs, steps.CpuMs, unitsAdded, demo,
            (long)(DateTime.Now - process.StartTime).TotalMilliseconds,
            (long)process.TotalProcessorTime.TotalMilliseconds, steps.ToString());
    }

    /// <summary>
    /// Applies the pending migrations, if any; true when there were some. Listing them reads only the history
    /// table; MigrateAsync itself also compares the model with the migrations' snapshot (tests do that:
    /// MigrationsTests), a second or so of CPU for nothing when nothing is pending. Applied migrations then move the
    /// change counter: a migration may change data that kept pages show (a hand-written backfill), and an instance of
    /// the older build still serving during a rolling deploy must not go on serving the pages it kept before.
    /// </summary>
    public static async Task<bool> MigrateAsync(AppDbContext db, CancellationToken ct)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any()) return false;
        await db.Database.MigrateAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await Auditing.DataChangeCounter.BumpAsync(db, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Records that this build's reference seeding is complete on this database.</summary>
    private static async Task CompleteAsync(AppDbContext db, SeedingState? state, TimeProvider clock,
        CancellationToken ct)
    {
        if (state is null)
        {
            state = new SeedingState { Name = SeedingState.Reference };
            db.SeedingStates.Add(state);
        }
        state.Fingerprint = ReferenceFingerprint.Current;
        state.CompletedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in RoleNames.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
