using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KhuyenCong.Web.Infrastructure.Hosting;

/// <summary>
/// Which reverse proxies may tell the portal the client's address and scheme (<c>X-Forwarded-For</c>,
/// <c>X-Forwarded-Proto</c>). Behind a TLS-terminating proxy the portal sees plain HTTP; trusting the proxy's
/// <c>X-Forwarded-Proto: https</c> is what makes cookies Secure and HSTS sent for the user's HTTPS request.
/// Only listed networks are trusted, otherwise anyone could claim any address and dodge the rate limits.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddKhuyenCongForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection(Section);
            var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
            var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
            // Loopback stays trusted (a proxy on the same machine); configured entries are added to it.
            foreach (var network in networks)
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network in " +
                        $"CIDR form (e.g. 172.16.0.0/12)."));
            foreach (var proxy in proxies)
                options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
        });
        return services;
    }
}
