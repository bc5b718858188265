using System.Net;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// A page refused by a role policy before any action runs, and an address that does not exist, answer with the
/// portal's own page (menu, the reason in the user's language, a way back and home); the API keeps problem+json.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class StatusPageTests(PortalFactory portal)
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public async Task RolePolicyRefusal_CouncilMemberOpensBudget_PortalPageNamesTheRolesAndLinksBack()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Budget");
        request.Headers.Referrer = new Uri("http://localhost/ProductRounds?year=2026");
        var response = await client.SendAsync(request);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.NotNull(page.QuerySelector("nav.portal-nav"));
        var reason = page.QuerySelector("#refusal")!.TextContent;
        Assert.Contains("Tài khoản của bạn không có vai trò cần thiết cho trang này", reason);
        // BusinessReaders: the officers and the leader, by their Vietnamese names; not the council member's own role.
        Assert.Contains("Cán bộ Bộ, Cán bộ Sở, Cán bộ địa phương, Lãnh đạo", reason);
        Assert.DoesNotContain("Thành viên hội đồng", reason);
        Assert.Equal("/ProductRounds?year=2026", page.QuerySelector("a#back")!.GetAttribute("href"));
        Assert.Equal("/", page.QuerySelector("a#home")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RolePolicyRefusal_InEnglish_ReasonAndRolesInEnglish_NoBackLinkFromAnotherSite()
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", English);
        await client.SignInAsync(DemoAccounts.Council);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Budget");
        request.Headers.Referrer = new Uri("https://example.org/Inbox");
        var response = await client.SendAsync(request);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        var reason = page.QuerySelector("#refusal")!.TextContent;
        Assert.StartsWith("Your account does not have a role this page needs (one of: ", reason);
        Assert.DoesNotContain("Cán bộ", reason);
        Assert.Null(page.QuerySelector("a#back"));
        Assert.NotNull(page.QuerySelector("a#home"));
    }

    [Fact]
    public async Task RolePolicyRefusal_Api_StaysProblemJsonWithTheReason()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        var response = await client.GetAsync("/api/v1/projects");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(403, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("không có vai trò cần thiết", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ActionRefusal_NotAPolicy_KeepsTheGeneralExplanation()
    {
        // The ministry officer passes the plans' policy, but a KCĐP plan is the province's: the action itself
        // refuses (Forbid), so the page says the general reason and names no roles.
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.GetAsync("/Plans/Create?fund=KCDP");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.NotNull(page.QuerySelector("nav.portal-nav"));
        Assert.Null(page.QuerySelector("#refusal"));
        Assert.Contains("Vai trò của bạn không bao gồm chức năng này.", page.Body!.TextContent);
    }

    [Fact]
    public async Task MissingPage_SignedIn_PortalPageWithBackAndHome()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Khong/TonTai");
        request.Headers.Referrer = new Uri("http://localhost/Projects");
        var response = await client.SendAsync(request);

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.NotNull(page.QuerySelector("nav.portal-nav"));
        Assert.Contains("Không tìm thấy trang hoặc hồ sơ", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/Projects", page.QuerySelector("a#back")!.GetAttribute("href"));
        Assert.Equal("/", page.QuerySelector("a#home")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MissingPage_Api_StaysProblemJson()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.GetAsync("/api/v1/khong-ton-tai");

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
