using System.Net;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

[Collection(SharedPortal.Name)]
public sealed class AnonymousAccessTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/", "%2F")]
    [InlineData("/Organisations", "%2FOrganisations")]
    [InlineData("/Users", "%2FUsers")]
    [InlineData("/AdminUnits", "%2FAdminUnits")]
    public async Task Get_PageAnonymously_RedirectsToLoginWithReturnUrl(string url, string encodedReturnUrl)
    {
        var response = await portal.CreateClient().GetAsync(url);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal($"/Account/Login?ReturnUrl={encodedReturnUrl}", Expect.Location(response));
    }

    [Fact]
    public async Task Get_ApiAnonymously_Returns401NotRedirect()
    {
        var response = await portal.CreateClient().GetAsync("/api/v1/admin-units/provinces");

        await Expect.StatusAsync(HttpStatusCode.Unauthorized, response);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Get_OpenApiAnonymously_IsNotServed()
    {
        var response = await portal.CreateClient().GetAsync("/openapi/v1.json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_LoginPageAnonymously_ShowsFormWithAntiforgeryToken()
    {
        var token = await portal.CreateClient().GetFormTokenAsync(PortalClientExtensions.LoginUrl);

        Assert.False(string.IsNullOrWhiteSpace(token));
    }
}
