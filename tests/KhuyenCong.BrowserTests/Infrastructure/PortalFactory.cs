using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on a real Kestrel port (loopback, port chosen by the OS), in Development (plain HTTP;
/// cookies are SameAsRequest there), on its own SQLite file with demo seeding, logging into a temp folder.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly TimeProvider? _clock;

    /// <param name="clock">The portal's clock when a test moves time (the yearly cycle); else the system's.</param>
    public PortalFactory(string dataDirectory, TimeProvider? clock = null)
    {
        _dataDirectory = dataDirectory;
        _clock = clock;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The address Kestrel bound, e.g. <c>http://127.0.0.1:40123</c>; only after <see cref="WebApplicationFactory{TEntryPoint}.StartServer"/>.</summary>
    public Uri ServerAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                            ?? throw new InvalidOperationException("The server exposes no addresses: was StartServer called?");
            var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
                          ?? throw new InvalidOperationException($"No HTTP address among: {string.Join(", ", addresses)}");
            return new Uri(address);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (_clock is not null)
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            });
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DatabaseProvider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_dataDirectory, "khuyencong.db")}",
            ["Seeding:Demo"] = "true",
            ["Storage:Attachments"] = Path.Combine(_dataDirectory, "attachments"),
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_dataDirectory, "logs", "log-.log"),
            // Every test signs in from the same address: the limits are tested by tests that set their own.
            ["RateLimits:SignIn:PermitLimit"] = "1000000",
            ["RateLimits:SignInAccount:PermitLimit"] = "1000000",
            ["RateLimits:Public:PermitLimit"] = "1000000",
            ["RateLimits:Exports:PermitLimit"] = "1000000",
        }));
    }
}
