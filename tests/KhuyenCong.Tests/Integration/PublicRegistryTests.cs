using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>The certified-product registry and the certificate check answer anyone, without signing in.</summary>
public sealed class PublicRegistryTests(PublicRegistryTests.RegistryPortal portal)
    : IClassFixture<PublicRegistryTests.RegistryPortal>
{
    /// <summary>
    /// The demo's 2025 certificates are valid until 31/12/2028: a portal whose clock is inside that validity (and past
    /// the 2021 ones'), so that "valid" and "expired" read the same on any day the suite runs.
    /// </summary>
    public sealed class RegistryPortal : PortalFactory
    {
        public RegistryPortal() => Clock = ShiftedClock.InDemoRoundWindows();
    }

    [Fact]
    public async Task Registry_Anonymous_ListsCertifiedProductsWithFilters()
    {
        var client = portal.CreateClient();

        var all = await client.GetDocumentAsync("/registry");
        var national = await client.GetDocumentAsync("/registry?level=National&year=2021");
        var provincial = await client.GetDocumentAsync("/registry?level=Provincial");

        Assert.Contains("Tổng số: 203 ", all.Body!.TextContent); // 200 national + 3 Hòa Bình 2025
        Assert.Contains("Tổng số: 200 ", national.Body!.TextContent);
        Assert.Contains("QG-2021-001", national.QuerySelector("#registry")!.TextContent);
        Assert.DoesNotContain("HB-2025", national.QuerySelector("#registry")!.TextContent);
        Assert.Contains("HB-2025-001", provincial.QuerySelector("#registry")!.TextContent);
    }

    [Fact]
    public async Task Check_Anonymous_ExpiredNationalCertificateShowsExpired()
    {
        var page = await portal.CreateClient().GetDocumentAsync("/registry/check?number=qg-2021-001");

        Assert.Equal("Hết hiệu lực", page.QuerySelector("#certificate-status")!.TextContent.Trim());
        Assert.Contains("31/12/2024", page.QuerySelector("#certificate")!.TextContent);
    }

    [Fact]
    public async Task Check_Anonymous_HoaBinh2025CertificateIsValidWithProductAndProducer()
    {
        var page = await portal.CreateClient().GetDocumentAsync("/registry/check?number=HB-2025-001");

        var card = page.QuerySelector("#certificate")!.TextContent;
        Assert.Equal("Còn hiệu lực", page.QuerySelector("#certificate-status")!.TextContent.Trim());
        Assert.Contains("Cam Cao Phong", card);
        Assert.Contains("31/12/2028", card);
    }

    [Fact]
    public async Task Check_UnknownNumber_SaysNotFound()
    {
        var page = await portal.CreateClient().GetDocumentAsync("/registry/check?number=XX-1");

        Assert.NotNull(page.QuerySelector("#certificate-not-found"));
        Assert.Null(page.QuerySelector("#certificate"));
    }

    [Fact]
    public async Task CertificatePage_Anonymous_HasQrCodeOfItsPublicUrl()
    {
        var page = await portal.CreateClient().GetDocumentAsync("/registry/certificates/HB-2025-002");

        Assert.NotNull(page.QuerySelector("#certificate-qr svg"));
        Assert.Contains("https://localhost/registry/certificates/HB-2025-002", page.Body!.TextContent);
    }

    [Fact]
    public async Task Api_Anonymous_ReturnsCertificateWithStatus()
    {
        var client = portal.CreateClient();

        var valid = await client.GetFromJsonAsync<JsonElement>("/api/v1/certificates/HB-2025-001");
        var expired = await client.GetFromJsonAsync<JsonElement>("/api/v1/certificates/QG-2021-010");
        var missing = await client.GetAsync("/api/v1/certificates/NO-SUCH");

        Assert.Equal("valid", valid.GetProperty("status").GetString());
        Assert.Equal("Cam Cao Phong", valid.GetProperty("product").GetString());
        Assert.Equal("Provincial", valid.GetProperty("level").GetString());
        Assert.Equal("2025-05-20", valid.GetProperty("issueDate").GetString());
        Assert.Equal("2028-12-31", valid.GetProperty("validUntil").GetString());
        Assert.False(string.IsNullOrEmpty(valid.GetProperty("producer").GetString()));
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        Assert.Equal("National", expired.GetProperty("level").GetString());
        await Expect.StatusAsync(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task LoginPage_LinksToThePublicRegistry()
    {
        var page = await portal.CreateClient().GetDocumentAsync(PortalClientExtensions.LoginUrl);

        Assert.Equal("/registry", page.QuerySelector("#public-registry-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ProductRoundsApi_Anonymous_Returns401()
    {
        await Expect.StatusAsync(HttpStatusCode.Unauthorized, await portal.CreateClient().GetAsync("/api/v1/product-rounds"));
    }
}
