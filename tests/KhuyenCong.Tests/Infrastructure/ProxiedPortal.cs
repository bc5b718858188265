using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// The portal with extra settings, its requests arriving from a given network address, as they do from a reverse
/// proxy in another container (the test server itself has no client address).
/// </summary>
public static class ProxiedPortal
{
    public static WebApplicationFactory<Program> From(
        this PortalFactory portal, IPAddress peer, IDictionary<string, string?> settings) =>
        portal.WithWebHostBuilder(builder =>
        {
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PeerAddress(peer)));
        });

    public static WebApplicationFactory<Program> WithSettings(this PortalFactory portal, IDictionary<string, string?> settings) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings)));

    private sealed class PeerAddress(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return following(context);
            });
            next(app);
        };
    }
}
