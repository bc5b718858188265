using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

[Collection(SharedPortal.Name)]
public sealed class SignInTests(PortalFactory portal)
{
    public static TheoryData<string> Accounts => new(DemoAccounts.All.Select(a => a.Email));

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Home_EachDemoAccount_ShowsOwnNameOrganisationAndMenu(string email)
    {
        var account = DemoAccounts.All.Single(a => a.Email == email);
        var client = portal.CreateClient();
        // Leaders, and the read-only legacy accounts of ended organisations, land on their dashboard; their home page
        // stays reachable and the same.
        var reads = account.Role == RoleNames.Leader || email is DemoAccounts.HoaBinhLegacy or DemoAccounts.CaoPhongDistrict;
        Assert.Equal(reads ? "/Dashboard" : "/", await client.SignInAsync(email));

        var home = await client.GetDocumentAsync("/");

        Assert.Equal(account.FullName, home.GetElementById("current-user")?.TextContent.Trim());
        Assert.Contains($"Xin chào, {account.FullName}", home.Body!.TextContent);
        // Where the account works today: the reform moved most Hòa Bình staff to Phú Thọ.
        Assert.Contains(account.MovedTo ?? account.Organisation, home.Body.TextContent);
        Assert.NotNull(home.QuerySelector("a[href='/Organisations']"));
        Assert.NotNull(home.QuerySelector("a[href='/AdminUnits']"));
        var isAdmin = account.Role == RoleNames.Administrator;
        Assert.Equal(isAdmin, home.QuerySelector("a[href='/Users']") is not null);
        Assert.Equal(isAdmin, home.QuerySelector("a[href='/AuditLog']") is not null);
    }

    [Fact]
    public async Task Login_WithLocalReturnUrl_RedirectsThere()
    {
        var client = portal.CreateClient();

        var response = await client.PostLoginAsync(DemoAccounts.MinistryOfficer, DemoAccounts.Password, returnUrl: "/Organisations");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal("/Organisations", Expect.Location(response));
    }

    [Fact]
    public async Task Login_WithExternalReturnUrl_RedirectsHome()
    {
        // An open redirect would let a phishing link borrow the portal's sign-in page.
        var client = portal.CreateClient();

        var response = await client.PostLoginAsync(DemoAccounts.MinistryOfficer, DemoAccounts.Password, returnUrl: "https://evil.example/");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal("/", Expect.Location(response));
    }

    [Fact]
    public async Task Login_Success_IssuesSecureHttpOnlyCookie()
    {
        var client = portal.CreateClient();

        var response = await client.PostLoginAsync(DemoAccounts.HoaBinhLeader, DemoAccounts.Password);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kc.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Logout_SignedIn_RedirectsToLoginAndEndsSession()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await client.PostFormAsync("/Account/Logout", [], tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(PortalClientExtensions.LoginUrl, Expect.Location(response));
        var home = await client.GetAsync("/");
        await Expect.StatusAsync(HttpStatusCode.Redirect, home);
        Assert.StartsWith(PortalClientExtensions.LoginUrl, Expect.Location(home));
    }
}
