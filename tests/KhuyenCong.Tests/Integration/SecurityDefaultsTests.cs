using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>Defaults outside Development: security headers, HSTS, health check, pages without internals.</summary>
[Collection(SharedPortal.Name)]
public sealed class SecurityDefaultsTests(PortalFactory portal)
{
    [Fact]
    public async Task Healthz_Anonymous_ReportsHealthy()
    {
        var response = await portal.CreateClient().GetAsync("/healthz");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LoginPage_Response_CarriesSecurityHeaders()
    {
        var response = await portal.CreateClient().GetAsync(PortalClientExtensions.LoginUrl);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("default-src 'self'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Https_ProductionOnRealHostName_SendsStrictTransportSecurity()
    {
        // ASP.NET Core leaves HSTS off for localhost on purpose, so ask as the portal's public name.
        var client = portal.CreateClient(new() { BaseAddress = new Uri("https://khuyencong.example.vn"), AllowAutoRedirect = false });

        var response = await client.GetAsync(PortalClientExtensions.LoginUrl);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("max-age=", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task AntiforgeryCookie_Production_IsSecure()
    {
        var response = await portal.CreateClient().GetAsync(PortalClientExtensions.LoginUrl);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kc.af=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NotFoundPage_SignedIn_ShowsGenericPageWithoutInternals()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLeader);

        var response = await client.GetAsync("/no-such-page/at-all");

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("StackTrace", body, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
