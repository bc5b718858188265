using System.Text.RegularExpressions;
using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string HoaBinhOfficer = "hoabinh.so@khuyencong.local";

    [BrowserFact]
    public async Task SignIn_HoaBinhDepartmentOfficer_SeesVietnameseHomeThenSignsOut()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var brokenResponses = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.OrdinalIgnoreCase))
                brokenResponses.Add($"{response.Status} {response.Url}");
        };

        await PortalPage.SignInAsync(page, HoaBinhOfficer);

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.Locator("#current-user")).ToHaveTextAsync("Bùi Văn Sở");
        await Expect(page.Locator("h1")).ToContainTextAsync("Xin chào, Bùi Văn Sở");
        await Expect(page.GetByText("Việc cần xử lý").First).ToBeVisibleAsync();
        // Bootstrap's stylesheet is loaded: the navbar is laid out as a flex row, not as a plain list.
        await Expect(page.Locator("nav.navbar")).ToHaveCSSAsync("display", "flex");

        var screenshot = await Screenshots.SaveAsync(page, "home-hoabinh-so");
        output.WriteLine($"Screenshot: {screenshot}");

        await PortalPage.SignOutAsync(page);

        Assert.True(PortalPage.LoginPath().IsMatch(new Uri(page.Url).AbsolutePath), page.Url);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        Assert.Empty(brokenResponses);

        // Signed out for real: the home page sends the browser back to sign in.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login", RegexOptions.IgnoreCase));
    }

    [BrowserFact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysOnLoginPage()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        await PortalPage.SubmitLoginAsync(page, HoaBinhOfficer, "not-the-password-2021");

        await Expect(page.GetByText("Thư điện tử hoặc mật khẩu không đúng.")).ToBeVisibleAsync();
        Assert.True(PortalPage.LoginPath().IsMatch(new Uri(page.Url).AbsolutePath), page.Url);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        await Expect(page.Locator("#current-user")).ToHaveCountAsync(0);
        await PortalPage.WaitForLoadAsync(page);

        var screenshot = await Screenshots.SaveAsync(page, "login-wrong-password");
        output.WriteLine($"Screenshot: {screenshot}");
    }
}
