using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>Every POST needs the antiforgery token: the global filter answers 400 without it.</summary>
[Collection(SharedPortal.Name)]
public sealed class AntiforgeryTests(PortalFactory portal)
{
    [Fact]
    public async Task PostLogin_WithoutToken_Returns400AndDoesNotSignIn()
    {
        var client = portal.CreateClient();
        await client.GetAsync(PortalClientExtensions.LoginUrl); // the cookie half of the token pair, as a browser has it

        var response = await client.PostFormAsync(PortalClientExtensions.LoginUrl,
            [new("Email", DemoAccounts.MinistryOfficer), new("Password", DemoAccounts.Password)], tokenFromUrl: null);

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.GetAsync("/"));
    }

    [Fact]
    public async Task PostLogout_SignedInWithoutToken_Returns400AndKeepsSession()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhCentre);

        var response = await client.PostFormAsync("/Account/Logout", [], tokenFromUrl: null);

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/"));
    }

    [Fact]
    public async Task PostLogout_WithAnotherUsersToken_Returns400()
    {
        // A token is bound to the user it was issued to, so one lifted from another session is useless.
        var other = portal.CreateClient();
        await other.SignInAsync(DemoAccounts.CaoPhongDistrict);
        var stolen = await other.GetSignedInTokenAsync();
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhCentre);

        var response = await client.PostFormAsync("/Account/Logout", [new(PortalClientExtensions.TokenField, stolen)], tokenFromUrl: null);

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
    }
}
