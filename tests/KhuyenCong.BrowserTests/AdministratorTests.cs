using System.Text.RegularExpressions;
using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdministratorTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Admin = "admin@khuyencong.local";
    private const string HoaBinhOfficer = "hoabinh.so@khuyencong.local";

    [BrowserFact]
    public async Task Menu_UsersLink_ShownToAdministratorOnly()
    {
        await using (var adminContext = await portal.NewContextAsync())
        {
            var page = await adminContext.NewPageAsync();
            await PortalPage.SignInAsync(page, Admin);
            // "Người dùng" sits in the administration drop-down of the main menu.
            await page.Locator("#menu-administration").ClickAsync();
            await Expect(UsersLink(page)).ToBeVisibleAsync();
            await Expect(UsersLink(page)).ToHaveTextAsync("Người dùng");
        }

        await using (var officerContext = await portal.NewContextAsync())
        {
            var page = await officerContext.NewPageAsync();
            await PortalPage.SignInAsync(page, HoaBinhOfficer);
            await Expect(page.Locator("#current-user")).ToHaveTextAsync("Bùi Văn Sở");
            await Expect(UsersLink(page)).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Người dùng", Exact = true })).ToHaveCountAsync(0);
        }
    }

    [BrowserFact]
    public async Task AdminUnits_SearchCaoPhong_ListsDistrictAndCommune()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, Admin);

        await PortalPage.OpenAsync(page, "/AdminUnits");
        var form = page.Locator("form:has(input[name='q'])");
        await form.Locator("input[name='q']").FillAsync("Cao Phong");
        var results = await PortalPage.NavigateByAsync(page, () => form.Locator("button[type='submit']").First.ClickAsync());

        Assert.True(results.Ok, $"The search answered HTTP {results.Status}");
        Assert.Matches(new Regex(@"^/AdminUnits", RegexOptions.IgnoreCase), new Uri(page.Url).AbsolutePath);
        Assert.Matches(new Regex(@"[?&]q=Cao(\+|%20)Phong", RegexOptions.IgnoreCase), new Uri(page.Url).Query);

        var table = page.Locator("table");
        await Expect(table.First).ToBeVisibleAsync();
        await Expect(table.First).ToContainTextAsync("Huyện Cao Phong");
        await Expect(table.First).ToContainTextAsync("Xã Cao Phong");

        var screenshot = await Screenshots.SaveAsync(page, "admin-units-cao-phong");
        output.WriteLine($"Screenshot: {screenshot}");
    }

    private static ILocator UsersLink(IPage page) => page.Locator("header nav a[href='/Users']");
}
