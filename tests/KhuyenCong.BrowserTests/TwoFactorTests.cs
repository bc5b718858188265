using System.Text.RegularExpressions;
using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// A leader sets up an authenticator app in the browser (the page proposes a key, the typed code confirms it),
/// signs out, and signs in again with the second step. The class has its own portal: the account keeps 2FA.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Leader = "bo.lanhdao@khuyencong.local";

    [BrowserFact]
    public async Task Enrol_ThenSignInAgain_AsksForTheCodeAndOpensTheDashboard()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, Leader);

        await PortalPage.OpenAsync(page, "/Profile/TwoFactor");
        // Reloading proposes a new key but stores nothing: the one on screen is the one to confirm.
        await PortalPage.OpenAsync(page, "/Profile/TwoFactor");
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.Locator("input[name='Code']").FillAsync(CodeFor(key));
        await PortalPage.NavigateByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai lớp" }).ClickAsync());

        await Expect(page.GetByText("Mã khôi phục (chỉ hiển thị một lần):")).ToBeVisibleAsync();
        await Expect(page.GetByText("Đang bật")).ToBeVisibleAsync();
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "two-factor-enabled")}");

        await PortalPage.SignOutAsync(page);
        await PortalPage.SubmitLoginAsync(page, Leader, PortalPage.DemoPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa", RegexOptions.IgnoreCase));
        await page.Locator("input[name='Code']").FillAsync(CodeFor(key));
        await PortalPage.NavigateByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync());

        await Expect(page).ToHaveURLAsync(new Regex("/Dashboard", RegexOptions.IgnoreCase));
    }

    private static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
}
