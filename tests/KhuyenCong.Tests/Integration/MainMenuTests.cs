using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>The main menu's drop-down menus as each role receives them (issue 15).</summary>
[Collection(SharedPortal.Name)]
public sealed class MainMenuTests(PortalFactory portal)
{
    [Fact]
    public async Task Menu_MinistryOfficer_GroupsPlanningAreasInOneDropDown()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var page = await client.GetDocumentAsync("/Budget");

        var menu = page.QuerySelector("nav.portal-nav [data-menu='planning']")!;
        Assert.NotNull(menu.QuerySelector(".dropdown-menu a[href='/Budget'][aria-current='page']"));
        Assert.NotNull(menu.QuerySelector(".dropdown-menu a[href='/Registration']"));
        Assert.Contains("active", menu.QuerySelector("#menu-planning")!.ClassName);
        // The daily areas stay on the bar.
        Assert.NotNull(page.QuerySelector("nav.portal-nav .navbar-nav > .nav-item > a[href='/Projects']"));
        Assert.NotNull(page.QuerySelector("nav.portal-nav .navbar-nav > .nav-item > a[href='/Inbox']"));
    }

    [Fact]
    public async Task Menu_CouncilMember_SingleAreaStaysOnTheBar()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        var page = await client.GetDocumentAsync("/");

        // Of the products menu a council member has the rounds only: the entry itself, not a menu of one.
        Assert.Null(page.QuerySelector("nav.portal-nav [data-menu='products']"));
        Assert.NotNull(page.QuerySelector("nav.portal-nav .navbar-nav > .nav-item > a[href='/ProductRounds']"));
    }

    [Fact]
    public async Task Menu_CouncilMemberOnly_SeesTheInboxOnTheBar()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        var page = await client.GetDocumentAsync("/");

        // Their work (entries and projects to score) is in the inbox: "Việc cần xử lý" is on the bar (issue 15).
        var inbox = page.QuerySelector("nav.portal-nav .navbar-nav > .nav-item > a[href='/Inbox']");
        Assert.NotNull(inbox);
        Assert.Contains("Việc cần xử lý", inbox.TextContent);
        await Expect.StatusAsync(System.Net.HttpStatusCode.OK, await client.GetAsync("/Inbox"));
    }
}
