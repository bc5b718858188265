using System.Net;
using System.Reflection;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: the read-only pages' HTML is kept per user (Infrastructure/Caching). A kept page is recognised by the
/// <c>Age</c> header the output cache adds when it serves one. A write that changes a figure or a row shows on the
/// very next request; a user never gets another user's page, nor another browser's forms; a one-time notice is
/// shown once.
/// </summary>
public sealed class PageCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Drafter = DemoAccounts.PhuThoDepartment;
    private const string Approved = "[data-kpi='approved'] .kc-kpi-value";

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>GETs a page until it comes from the cache (the first GET may set the antiforgery cookie).</summary>
    private static async Task<string> CachedAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync(url);
            await Expect.StatusAsync(HttpStatusCode.OK, response);
            if (response.Headers.Age is not null) return await response.Content.ReadAsStringAsync();
        }
        throw new Xunit.Sdk.XunitException($"{url} was never served from the page cache");
    }

    private static async Task<(bool Cached, string Html)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return (response.Headers.Age is not null, await response.Content.ReadAsStringAsync());
    }

    private async Task<int> NewDraftAsync(HttpClient drafter, string name)
    {
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        return await drafter.CreateDraftAsync(
            ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary, name));
    }

    private static string Kpi(string html, string selector) =>
        PortalClientExtensions.ParseHtml(html).QuerySelector(selector)?.TextContent.Trim()
        ?? throw new Xunit.Sdk.XunitException($"no {selector}");

    [Fact]
    public async Task Dashboard_AfterAnApproval_ShowsTheNewApprovedTotalOnTheNextRequest()
    {
        var leader = await As(DemoAccounts.MinistryLeader);
        var before = Kpi(await CachedAsync(leader, "/Dashboard?year=2025"), Approved);

        var drafter = await As(Drafter);
        var department = await As(DemoAccounts.HoaBinhDepartment);
        var id = await NewDraftAsync(drafter, "Hỗ trợ máy sấy (bộ nhớ đệm trang)");
        await Expect.StatusAsync(HttpStatusCode.Redirect, await drafter.StepAsync(portal, id, "Submit"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await department.StepAsync(portal, id, "Appraise",
            ("Score", "82"), ("Amount", "280"), ("Comment", "Đạt")));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await department.StepAsync(portal, id, "Register"));
        Assert.Equal(before, Kpi(await CachedAsync(leader, "/Dashboard?year=2025"), Approved)); // not approved yet
        await Expect.StatusAsync(HttpStatusCode.Redirect, await (await As(DemoAccounts.MinistryOfficer)).StepAsync(
            portal, id, "Approve", ("Score", "88"), ("Amount", "280"), ("DecisionNumber", "501/QĐ-BCT"),
            ("DecisionDate", "2026-05-20")));

        var (cached, html) = await GetAsync(leader, "/Dashboard?year=2025");
        Assert.False(cached);
        Assert.Equal(Vnd.ParseMillions(before).Dong + 280_000_000, Vnd.ParseMillions(Kpi(html, Approved)).Dong);
    }

    [Fact]
    public async Task ProjectList_AfterAnEdit_ShowsTheNewNameOnTheNextRequest()
    {
        var drafter = await As(Drafter);
        var id = await NewDraftAsync(drafter, "Tên cũ trong danh sách");
        Assert.Contains("Tên cũ trong danh sách", await CachedAsync(drafter, "/Projects?year=2025"));
        Assert.Contains("Tên cũ trong danh sách", await CachedAsync(drafter, $"/Projects/Details/{id}"));

        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary,
            "Tên mới trong danh sách");
        var version = await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Version)
            .SingleAsync());
        fields.Add(new("Version", version.ToString()));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await drafter.PostFormAsync($"/Projects/Edit/{id}", fields, tokenFromUrl: $"/Projects/Edit/{id}"));

        var (cached, list) = await GetAsync(drafter, "/Projects?year=2025");
        Assert.False(cached);
        Assert.Contains("Tên mới trong danh sách", list);
        Assert.DoesNotContain("Tên cũ trong danh sách", list);
    }

    [Fact]
    public async Task TwoUsers_EachGetsTheirOwnPage()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var province = await As(DemoAccounts.PhuThoDepartment);
        var ministryPage = PortalClientExtensions.ParseHtml(await CachedAsync(ministry, "/Projects"));
        var provincePage = PortalClientExtensions.ParseHtml(await CachedAsync(province, "/Projects"));

        var ministryName = ministryPage.QuerySelector("#current-user")!.TextContent.Trim();
        var provinceName = provincePage.QuerySelector("#current-user")!.TextContent.Trim();
        Assert.NotEqual(ministryName, provinceName);
        Assert.Equal(ministryName, PortalClientExtensions.ParseHtml((await GetAsync(ministry, "/Projects")).Html)
            .QuerySelector("#current-user")!.TextContent.Trim());
        Assert.Equal(provinceName, PortalClientExtensions.ParseHtml((await GetAsync(province, "/Projects")).Html)
            .QuerySelector("#current-user")!.TextContent.Trim());
        // The ministry's list holds projects of other provinces that Phú Thọ's does not.
        Assert.NotEqual(ministryPage.QuerySelector("main")!.TextContent,
            provincePage.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task FormOnACachedPage_PostsForItsBrowser_AndOnlyForIt()
    {
        // Two browsers of one user: each has its own antiforgery cookie, so each gets its own kept page.
        var first = await As(DemoAccounts.MinistryOfficer);
        var second = await As(DemoAccounts.MinistryOfficer);
        var firstToken = Token(await CachedAsync(first, "/Inbox"));
        var secondToken = Token(await CachedAsync(second, "/Inbox"));
        Assert.NotEqual(firstToken, secondToken);

        // The language switch of the layout, posted with the token of the kept page.
        await Expect.StatusAsync(HttpStatusCode.Redirect, await Language(first, firstToken));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await Language(second, secondToken));
        // Another browser's token is refused, which is why the cookie is part of the key.
        await Expect.StatusAsync(HttpStatusCode.BadRequest, await Language(second, firstToken));

        static string Token(string html) => PortalClientExtensions.ParseHtml(html)
            .QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        static Task<HttpResponseMessage> Language(HttpClient client, string token) =>
            client.PostAsync("/Home/Language", new FormUrlEncodedContent([
                new("culture", "vi-VN"), new("returnUrl", "/Inbox"), new("__RequestVerificationToken", token),
            ]));
    }

    [Fact]
    public async Task NoticeAfterAPost_ShownOnce_ThenThePageIsKeptWithoutIt()
    {
        var drafter = await As(Drafter);
        var id = await NewDraftAsync(drafter, "Đề án có thông báo");
        var url = $"/Projects/Details/{id}";
        Assert.DoesNotContain("alert-success", await CachedAsync(drafter, url));

        var submitted = await drafter.StepAsync(portal, id, "Submit");
        await Expect.StatusAsync(HttpStatusCode.Redirect, submitted);
        Assert.Equal(url, Expect.Location(submitted));

        var (cachedOnce, once) = await GetAsync(drafter, url);
        Assert.False(cachedOnce);
        Assert.Contains("alert-success", once);
        var (_, again) = await GetAsync(drafter, url);
        Assert.DoesNotContain("alert-success", again);
        Assert.DoesNotContain("alert-success", await CachedAsync(drafter, url));
    }

    [Fact]
    public async Task NotificationBadge_AfterMarkingRead_ChangesOnTheNextRequest()
    {
        // A submission notifies the province's department officers; reading it is not an audited write.
        var drafter = await As(Drafter);
        var id = await NewDraftAsync(drafter, "Đề án báo tin");
        await Expect.StatusAsync(HttpStatusCode.Redirect, await drafter.StepAsync(portal, id, "Submit"));
        var department = await As(DemoAccounts.HoaBinhDepartment);
        var badge = Badge(await CachedAsync(department, "/Inbox"));
        Assert.True(badge > 0);

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.PostFormAsync("/Notifications/MarkAllRead", [], tokenFromUrl: "/Notifications"));

        Assert.Equal(0, Badge((await GetAsync(department, "/Inbox")).Html));

        static int Badge(string html) =>
            PortalClientExtensions.ParseHtml(html).QuerySelector("#notifications-count") is { } b
                ? int.Parse(b.TextContent.Trim()) : 0;
    }

    [Fact]
    public async Task UnknownQueryKey_NeverKept_WhileARealFilterIsAPageOfItsOwn()
    {
        var client = await As(DemoAccounts.MinistryOfficer);
        await CachedAsync(client, "/Inbox"); // the antiforgery cookie, without touching the list

        // Made-up keys (one user could send millions) are not kept: asked again, the page is built again.
        Assert.False((await GetAsync(client, "/Projects?year=2021&x=1")).Cached);
        Assert.False((await GetAsync(client, "/Projects?year=2021&x=1")).Cached);
        Assert.False((await GetAsync(client, "/Projects?year=2021&X=2&utm=3")).Cached);
        // Nor kept under the keys the page reads: their first request is built too.
        Assert.False((await GetAsync(client, "/Projects?year=2021")).Cached);
        var kept = await CachedAsync(client, "/Projects?year=2021");
        // Once the page is kept, a made-up key is served it: the page does not read the key.
        var (served, html) = await GetAsync(client, "/Projects?year=2021&x=4");
        Assert.True(served);
        Assert.Equal(Main(kept), Main(html));

        // A real filter is a page of its own, kept apart, and so is a key written in another case.
        var (cachedOther, other) = await GetAsync(client, "/Projects?year=2026");
        Assert.False(cachedOther);
        Assert.NotEqual(Main(kept), Main(other));
        Assert.Equal(Main(other), Main(await CachedAsync(client, "/Projects?Year=2026")));
        Assert.Equal(Main(kept), Main(await CachedAsync(client, "/Projects?year=2021")));

        static string Main(string page) => PortalClientExtensions.ParseHtml(page).QuerySelector("main")!.TextContent;
    }

    [Fact]
    public void EveryKeptPage_DeclaresEachQueryKeyItsActionBinds()
    {
        var pages = portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Select(a => (Action: a, Page: a.MethodInfo.GetCustomAttribute<CachedPageAttribute>()))
            .Where(x => x.Page is not null)
            .ToList();

        Assert.Equal(["Budget.Index", "Dashboard.Index", "Inbox.Bucket", "Inbox.Index", "Plans.Details",
                "Plans.Index", "Projects.Details", "Projects.Index"],
            pages.Select(p => $"{p.Action.ControllerName}.{p.Action.ActionName}").Order(StringComparer.Ordinal));
        var undeclared = pages.SelectMany(p => p.Action.Parameters
                .Where(a => a.ParameterType != typeof(CancellationToken) && !p.Page!.Reads(a.Name))
                .Select(a => $"{p.Action.DisplayName}: {a.Name}"))
            .ToList();
        Assert.Empty(undeclared);
    }

    /// <summary>
    /// Another instance's write that the counter does not know of (raw SQL, as a bulk path would write): this
    /// instance keeps serving the page it has, which is what every bypassing write must avoid by moving the counter.
    /// </summary>
    private Task RenameUnnoticedAsync(int id, string name) => portal.WithDbAsync(db =>
        db.Database.ExecuteSqlAsync($"UPDATE Projects SET Name = {name} WHERE Id = {id}"));

    [Fact]
    public async Task SearchKeyBackfillAtStart_MovesTheCounter_SoAKeptPageIsBuiltAfresh()
    {
        var drafter = await As(Drafter);
        var id = await NewDraftAsync(drafter, "Trước lần khởi động mới");
        var url = $"/Projects/Details/{id}";
        Assert.Contains("Trước lần khởi động mới", await CachedAsync(drafter, url));
        await RenameUnnoticedAsync(id, "Sau lần khởi động mới");
        Assert.Contains("Trước lần khởi động mới", await CachedAsync(drafter, url));

        // A new build starts on the same database: its reference seeding fills a search key stored empty.
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        await portal.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE Organisations SET SearchKey = '' WHERE Id = {organisation}");
            return await db.Database.ExecuteSqlRawAsync("UPDATE SeedingStates SET Fingerprint = 'an older build'");
        });
        await DatabaseInitializer.InitialiseAsync(portal.Services);

        Assert.NotEqual("", await portal.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation)
            .Select(o => o.SearchKey).SingleAsync()));
        var (cached, html) = await GetAsync(drafter, url);
        Assert.False(cached);
        Assert.Contains("Sau lần khởi động mới", html);
    }

    [Fact]
    public async Task ImportJob_SavedRows_ShowOnAKeptListOnTheNextRequest()
    {
        var officer = await As(DemoAccounts.HoaBinhDepartment);
        const string Url = "/Projects?year=2025&q=Nhap+trong+nen";
        Assert.DoesNotContain("Nhập trong nền", await CachedAsync(officer, Url));

        var page = await ProjectImportJobTests.UploadAsync(officer, ProjectImportJobTests.Workbook(
            ProjectImportJobTests.Row("Nhập trong nền 1"), ProjectImportJobTests.Row("Nhập trong nền 2")));
        var job = await ProjectImportJobTests.EndedAsync(portal, ProjectImportJobTests.IdOf(page));
        Assert.Equal(Data.Exports.ExportJobState.Done, job.State);

        var (cached, html) = await GetAsync(officer, Url);
        Assert.False(cached);
        Assert.Contains("Nhập trong nền 1", html);
        Assert.Contains("Nhập trong nền 2", html);
    }

    [Fact]
    public async Task PageCacheDisabled_EveryPageIsBuiltAfresh()
    {
        using var uncached = portal.WithSettings(new Dictionary<string, string?> { ["PageCache:Enabled"] = "false" });
        var client = uncached.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = PortalFactory.BaseAddress, AllowAutoRedirect = false,
        });
        await client.SignInAsync(DemoAccounts.MinistryLeader);
        for (var i = 0; i < 3; i++) Assert.False((await GetAsync(client, "/Dashboard?year=2021")).Cached);
    }
}
