using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Issue 15 item 8 (90 Tab presses to "Lưu dự thảo"): the long forms (project, plan, tranche, product entry) share
/// one action bar (Views/Shared/_FormActions.cshtml) kept at the foot of the window, and a skip link before their
/// first field that reaches the save button; at 390 px the bar neither leaves the screen nor widens the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormActionBarTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private static readonly (string Account, PageWalk.Stop Stop)[] LongForms =
    [
        (Accounts.Department, new("/Projects/Create")),
        (Accounts.MinistryOfficer, new("/Plans/Create")),
        (Accounts.MinistryOfficer, new("/Plans", "/Plans/Details/", "/Plans/Allocate/")),
        (Accounts.Department, new("/ProductRounds", "/ProductRounds/Details/", "/ProductEntries/Create")),
    ];

    [BrowserFact]
    public async Task LongForms_SaveButton_InViewAndWithinFifteenPressesOfTheFirstField()
    {
        foreach (var (account, stop) in LongForms)
        foreach (var (width, height) in new[] { (1366, 768), (390, 844) })
        {
            var page = await SignedInAsync(account, width, height);
            var (path, missing) = await PageWalk.ReachAsync(page, stop);
            Assert.True(path is not null, missing);
            var save = page.Locator("#form-actions #form-save");
            await Expect(save).ToHaveCountAsync(1);

            // The bar is on screen before any scrolling, as the foot of the window, not at the end of the form.
            var bottom = await save.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
            Assert.True(bottom <= height, $"{path} at {width} px: the save button starts {bottom} px down");
            await page.Mouse.WheelAsync(0, 600);
            await Expect(save).ToBeInViewportAsync();

            // From the first field: back one stop to the form's skip link, which shows itself, then on to "Lưu".
            var first = page.Locator("form:has(#form-actions) :is(input, select, textarea):not([type=hidden])"
                + ":not([disabled]):not([readonly])").First;
            await first.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            var skip = page.Locator("form a.kc-form-skip");
            await Expect(skip).ToBeFocusedAsync();
            await Expect(skip).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(save).ToBeFocusedAsync();
            output.WriteLine($"{path} at {width} px: the save button two key presses from the first field");

            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{path} at {width} px: the page is {scrollWidth} px wide");
            var barRight = await page.Locator("#form-actions").EvaluateAsync<double>(
                "e => e.getBoundingClientRect().right");
            Assert.True(barRight <= width, $"{path} at {width} px: the action bar ends at {barRight} px");
            if (width == 390) await Screenshots.SaveAsync(page, "action-bar-390" + path!.Replace('/', '-'));
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignedInAsync(string account, int width, int height)
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await PortalPage.SignInAsync(page, account);
        return page;
    }
}
