using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Production behind a TLS-terminating proxy (docker-compose: plain HTTP inside, <c>Security:RequireHttps=false</c>):
/// the proxy's <c>X-Forwarded-Proto: https</c> is believed only from the configured networks, and then cookies are
/// Secure and HSTS is sent; plain HTTP still works (no 500 from a Secure-only antiforgery cookie).
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ReverseProxyTests(PortalFactory portal)
{
    private static readonly Uri PublicName = new("http://khuyencong.example.vn");
    private static readonly IPAddress ComposeProxy = IPAddress.Parse("172.18.0.5");

    private static Dictionary<string, string?> ComposeSettings() => new()
    {
        ["Security:RequireHttps"] = "false",
        ["ForwardedHeaders:KnownNetworks:0"] = "172.16.0.0/12",
    };

    [Fact]
    public async Task SignIn_ThroughConfiguredProxyWithHttps_SecureCookiesAndHsts()
    {
        using var proxied = portal.From(ComposeProxy, ComposeSettings());
        var client = ForwardingClient(proxied, "https");

        var login = await client.GetAsync(PortalClientExtensions.LoginUrl);

        await Expect.StatusAsync(HttpStatusCode.OK, login);
        Assert.Contains("secure", SetCookie(login, "kc.af"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", Header(login, "Strict-Transport-Security"));
        var signedIn = await client.PostLoginAsync(DemoAccounts.HoaBinhLeader, DemoAccounts.Password);
        await Expect.StatusAsync(HttpStatusCode.Redirect, signedIn);
        Assert.Contains("secure", SetCookie(signedIn, "kc.auth"), StringComparison.OrdinalIgnoreCase);
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Dashboard"));
    }

    [Fact]
    public async Task SignIn_PlainHttpWithoutProxy_WorksWithoutSecureFlagOrHsts()
    {
        using var direct = portal.From(IPAddress.Parse("172.18.0.9"), ComposeSettings());
        var client = ForwardingClient(direct, proto: null);

        var login = await client.GetAsync(PortalClientExtensions.LoginUrl);

        await Expect.StatusAsync(HttpStatusCode.OK, login);
        Assert.DoesNotContain("secure", SetCookie(login, "kc.af"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", Header(login, "Strict-Transport-Security"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.PostLoginAsync(DemoAccounts.HoaBinhLeader, DemoAccounts.Password));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Dashboard"));
    }

    [Fact]
    public async Task ForwardedProto_FromUnlistedNetwork_IsIgnored()
    {
        using var stranger = portal.From(IPAddress.Parse("203.0.113.7"), ComposeSettings());
        var client = ForwardingClient(stranger, "https");

        var login = await client.GetAsync(PortalClientExtensions.LoginUrl);

        await Expect.StatusAsync(HttpStatusCode.OK, login);
        Assert.DoesNotContain("secure", SetCookie(login, "kc.af"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", Header(login, "Strict-Transport-Security"));
    }

    private static HttpClient ForwardingClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string? proto) =>
        factory.CreateDefaultClient(PublicName, new ProxyClientHandler(proto));

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.SingleOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal)) ?? ""
            : "";

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
