using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Issue 15 items 8–9: the main menu on one line at 1366 px with its drop-down menus working by mouse and keyboard,
/// the long forms without horizontal overflow at 390 px (screenshots under bin/…/screenshots), the skip link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public async Task MainMenu_At1366_OneLineAndDropDownsOpen()
    {
        // The ministry officer has the most entries; English labels are longer than Vietnamese ones.
        foreach (var (account, english) in new[] { (Accounts.MinistryOfficer, false), (Accounts.MinistryOfficer, true),
                     (Accounts.Administrator, false), (Accounts.Department, false) })
        {
            var page = await SignedInAsync(account, 1366, 768);
            if (english)
                await PortalPage.NavigateByAsync(page,
                    () => page.Locator("header button[title='English']").ClickAsync());
            var tops = await page.EvaluateAsync<double[]>(
                "() => [...document.querySelectorAll('nav.portal-nav .navbar-nav > .nav-item > .nav-link')]" +
                ".map(a => a.getBoundingClientRect().top)");
            var heights = await page.EvaluateAsync<double[]>(
                "() => [...document.querySelectorAll('nav.portal-nav .navbar-nav > .nav-item > .nav-link')]" +
                ".map(a => a.getBoundingClientRect().height)");
            await Screenshots.SaveAsync(page, "menu-1366-" + account.Split('@')[0] + (english ? "-en" : ""));
            output.WriteLine($"{account}: {tops.Length} entries on the bar, tops {string.Join(", ", tops.Distinct())}");
            Assert.True(tops.Length >= 3, $"{account}: only {tops.Length} entries on the bar");
            Assert.Single(tops.Distinct());
            Assert.All(heights, h => Assert.True(h < 50, $"{account}: a menu entry {h} px high wraps its label"));
            var navOverflow = await page.EvaluateAsync<double>(
                "() => document.querySelector('nav.portal-nav .navbar-nav').getBoundingClientRect().right" +
                " - document.querySelector('nav.portal-nav .container-xl').getBoundingClientRect().right");
            Assert.True(navOverflow <= 0, $"{account}: the menu ends {navOverflow} px past its container");
            await page.Context.CloseAsync();
        }

        // A grouped entry is reached through its menu, by mouse and by keyboard.
        var admin = await SignedInAsync(Accounts.Administrator, 1366, 768);
        var users = admin.Locator("nav.portal-nav a[href='/Users']");
        await Expect(users).ToBeHiddenAsync();
        await admin.Locator("#menu-administration").ClickAsync();
        await Expect(users).ToBeVisibleAsync();
        await PortalPage.NavigateByAsync(admin, () => users.ClickAsync());
        Assert.Equal("/Users", new Uri(admin.Url).AbsolutePath);
        await Expect(admin.Locator("#menu-administration"))
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));

        await admin.Locator("#menu-administration").FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await admin.Keyboard.PressAsync("ArrowDown");
        var focused = await admin.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.StartsWith("/", focused);
        await admin.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ProjectAndAllocationForms_At390_NoHorizontalOverflow()
    {
        var department = await SignedInAsync(Accounts.Department, 390, 844);
        await PortalPage.OpenAsync(department, "/Projects/Create");
        await AssertNoOverflowAsync(department, "project-form-390");
        // The cost table is a stack of cards: each amount input gets most of the width, not 31–63 px.
        var width = await department.Locator("table.kc-stack input").Nth(1).EvaluateAsync<double>(
            "e => e.getBoundingClientRect().width");
        Assert.True(width > 250, $"A cost input is {width} px wide at 390 px");
        await Expect(department.Locator("table.kc-stack td[data-label]").First).ToBeVisibleAsync();
        await department.Context.CloseAsync();

        var ministry = await SignedInAsync(Accounts.MinistryOfficer, 390, 844);
        var (path, missing) = await PageWalk.ReachAsync(ministry,
            new PageWalk.Stop("/Plans", "/Plans/Details/", "/Plans/Allocate/"));
        Assert.True(path is not null, missing);
        await AssertNoOverflowAsync(ministry, "allocation-form-390");
        await ministry.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task SkipLink_FirstTabStop_MovesFocusToTheContent()
    {
        var page = await SignedInAsync(Accounts.Department, 1366, 768);
        await PortalPage.OpenAsync(page, "/Projects/Create");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a[href='#main']");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var inMain = await page.EvaluateAsync<bool>(
            "() => document.getElementById('main').contains(document.activeElement)");
        Assert.True(inMain, "After the skip link the next Tab stop is not in the page's content");

        // No positive tabindex: the Tab order is the reading order.
        Assert.Equal(0, await page.Locator("[tabindex]:not([tabindex='0']):not([tabindex^='-'])").CountAsync());

        // From the content to "Lưu dự thảo": how many Tab presses (issue 15 counted 90 from the top), each one
        // moving forward through the page.
        var presses = 1;
        var backwards = 0;
        await page.EvaluateAsync("() => { window.kcLastFocus = document.activeElement; }");
        while (presses < 200 && !await page.EvaluateAsync<bool>(
                   "() => document.activeElement?.matches('#project-form button[type=submit]') === true"))
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            backwards += await page.EvaluateAsync<int>("""
                () => { const before = window.kcLastFocus, now = document.activeElement; window.kcLastFocus = now;
                    return before.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0; }
                """);
        }
        Assert.Equal(0, backwards);
        output.WriteLine($"Tab presses from the content to the save button: {presses}");
        Assert.True(presses < 200, "The save button is never reached by Tab");
        await page.Context.CloseAsync();
    }

    private async Task AssertNoOverflowAsync(IPage page, string screenshot)
    {
        var path = await Screenshots.SaveAsync(page, screenshot);
        output.WriteLine($"Screenshot: {path}");
        var overflow = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                    && getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0
                    && !e.closest('.table-responsive:not(:has(> table.kc-stack))'))
                .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
                    + Math.round(e.getBoundingClientRect().right))
            """);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390 && overflow.Length == 0,
            $"{screenshot}: page {scrollWidth} px wide; past the edge: {string.Join("; ", overflow)}");
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
