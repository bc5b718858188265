using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port over plain HTTP, for what TestServer cannot show: status lines as written
/// on the wire and connections aborted mid-body. Development (cookies follow the request's scheme), its own database.
/// </summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    public KestrelPortalFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
        .First(a => a.StartsWith("http://", StringComparison.Ordinal)));

    /// <summary>A client of the real port that keeps cookies and follows no redirects.</summary>
    public HttpClient CreateNetworkClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = ServerAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Security:RequireHttps"] = "false",
            // The request log lines are what the log-forging test reads.
            ["Serilog:MinimumLevel:Default"] = "Information",
        }));
    }
}
