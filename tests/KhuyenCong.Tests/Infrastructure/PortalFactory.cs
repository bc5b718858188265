using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// The portal as deployed (environment Production: secure cookies, HSTS, generic error pages) on its own copy of
/// the seeded SQLite database, with demo data. Clients talk https to localhost, follow no redirects, keep cookies.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static readonly Uri BaseAddress = new("https://localhost");

    // Program.cs swaps Serilog's static bootstrap logger and freezes it while the host builds; two hosts
    // building at the same time would freeze each other's logger.
    private static readonly SemaphoreSlim HostBuild = new(1, 1);

    private readonly string _folder;
    private bool _cleanedUp;

    public PortalFactory()
    {
        _folder = TestDirectories.NewFolder();
        DatabasePath = Path.Combine(_folder, "portal.db");
        TemplateDatabase.CopyTo(DatabasePath);
        ConfigureClients();
    }

    /// <summary>A portal on the given database file as it is (used to build the template itself).</summary>
    internal PortalFactory(string databasePath)
    {
        _folder = TestDirectories.NewFolder();
        DatabasePath = databasePath;
        ConfigureClients();
    }

    public string DatabasePath { get; }

    /// <summary>
    /// The portal's clock (<see cref="ShiftedClock"/>); null keeps the system clock, or the day named by
    /// <c>KC_TEST_NOW</c> (<see cref="TestNow"/>) when that is set.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DatabaseProvider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
            ["Seeding:Demo"] = "true",
            // Uploaded entry files go to the test's folder, never into the source tree.
            ["Storage:Attachments"] = Path.Combine(_folder, "attachments"),
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_folder, "logs", "khuyencong-.log"),
            // Request logs of hundreds of tests would bury the failures worth reading.
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Demo and test administrators sign in without an authenticator; the enrolment rule has tests of its own.
            ["Security:RequireTwoFactorFor"] = "",
            // Every test signs in from the same address: the limits are tested by tests that set their own.
            ["RateLimits:SignIn:PermitLimit"] = "1000000",
            ["RateLimits:SignInAccount:PermitLimit"] = "1000000",
            ["RateLimits:Public:PermitLimit"] = "1000000",
            ["RateLimits:Exports:PermitLimit"] = "1000000",
        }));
        if ((Clock ?? TestNow.Clock) is { } clock)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        HostBuild.Wait();
        try
        {
            return base.CreateHost(builder);
        }
        finally
        {
            HostBuild.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> with a fresh context from the portal's own services.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>
    /// The organisation of that name; where a legacy and a current one share it (Sở Công Thương tỉnh Phú Thọ before
    /// and after 01/07/2025), the active one.
    /// </summary>
    public Task<int> OrganisationIdAsync(string name) =>
        WithDbAsync(db => db.Organisations.Where(o => o.Name == name).OrderBy(o => o.ValidTo != null)
            .Select(o => o.Id).FirstAsync());

    public Task<AppUser?> FindUserAsync(string email) =>
        WithDbAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email));

    /// <summary>
    /// A new account of its own, so that a test which locks, edits or fails to sign in leaves the demo
    /// accounts (and every other test) untouched, whatever the order.
    /// </summary>
    public async Task<AppUser> CreateUserAsync(
        string role, string organisation = DemoOrganisations.PhuThoDepartment, string password = DemoAccounts.Password)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"test.{Guid.NewGuid():N}@khuyencong.local";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Người Dùng Thử",
            OrganisationId = await OrganisationIdAsync(organisation),
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _cleanedUp) return;
        _cleanedUp = true;
        SqliteFiles.ReleasePool(DatabasePath);
        TestDirectories.TryDelete(_folder);
    }

    private void ConfigureClients()
    {
        ClientOptions.BaseAddress = BaseAddress;
        ClientOptions.AllowAutoRedirect = false;
        ClientOptions.HandleCookies = true;
    }
}
