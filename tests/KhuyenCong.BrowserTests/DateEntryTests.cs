using KhuyenCong.BrowserTests.Infrastructure;
using KhuyenCong.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Dates are typed day first (issue 15 item 1): Chromium's native date input, month-first whatever the page's
/// language, turned 15032026 into 3 December. Now a department officer types 15/03/2026 (or 15032026, or picks
/// the day in the Vietnamese calendar) and 15 March is stored; an impossible date stays as typed with the reason,
/// and nothing is sent.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DateEntryTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Department = "hoabinh.so@khuyencong.local";

    private async Task<IPage> CommendationFormAsync()
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, Department);
        await PortalPage.OpenAsync(page, "/Commendations/Create");
        return page;
    }

    private static async Task FillCommendationAsync(IPage page, string recipient)
    {
        await page.Locator("select[name='Kind']").SelectOptionAsync("Individual");
        await page.Locator("input[name='Recipient']").FillAsync(recipient);
        await page.Locator("input[name='RecipientOrganisation']").FillAsync("HTX Cam Cao Phong");
        await page.Locator("input[name='Form']").FillAsync("Bằng khen của Chủ tịch UBND tỉnh");
        await page.Locator("input[name='PeriodFrom']").FillAsync("2021");
        await page.Locator("input[name='PeriodTo']").FillAsync("2025");
        await page.Locator("input[name='DecisionNumber']").FillAsync("15/QĐ-UBND");
        await page.Locator("textarea[name='Reason']").FillAsync("Thành tích khuyến công");
    }

    private async Task<DateOnly?> StoredAsync(string recipient)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Commendations.Where(c => c.Recipient == recipient).Select(c => (DateOnly?)c.DecisionDate).SingleOrDefaultAsync();
    }

    [BrowserFact]
    public async Task TypedDayFirst_15032026_StoredAs15March()
    {
        var page = await CommendationFormAsync();
        var date = page.Locator("input[name='DecisionDate']");
        Assert.Equal("text", await date.GetAttributeAsync("type"));
        await FillCommendationAsync(page, "Người Gõ Ngày Mười Lăm");

        // Typed as an officer does, with the keyboard: slashes, then the same date without them.
        await date.ClickAsync();
        await date.PressSequentiallyAsync("15/03/2026");
        await date.PressAsync("Tab");
        await Expect(date).ToHaveValueAsync("15/03/2026");
        await date.FillAsync("");
        await date.PressSequentiallyAsync("15032026");
        await date.PressAsync("Tab");
        await Expect(date).ToHaveValueAsync("15/03/2026");

        await PortalPage.NavigateByAsync(page, () => page.Locator("main form button[type='submit']").ClickAsync());

        Assert.Equal(new DateOnly(2026, 3, 15), await StoredAsync("Người Gõ Ngày Mười Lăm"));
    }

    [BrowserFact]
    public async Task PickedInVietnameseCalendar_DayStoredAndShownDayFirst()
    {
        var page = await CommendationFormAsync();
        var date = page.Locator("input[name='DecisionDate']");
        await FillCommendationAsync(page, "Người Chọn Lịch");
        await date.FillAsync("01/03/2026");
        await date.PressAsync("Tab");

        await date.ClickAsync();
        var calendar = page.Locator(".datepicker.active");
        await Expect(calendar).ToBeVisibleAsync();
        await Expect(calendar.Locator(".view-switch")).ToHaveTextAsync("Tháng 3 2026");
        await Expect(calendar.Locator(".days-of-week")).ToContainTextAsync("T2");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "date-picker-vi")}");
        await calendar.Locator(".datepicker-cell.day:not(.prev):not(.next)", new() { HasTextString = "15" }).First.ClickAsync();
        await Expect(date).ToHaveValueAsync("15/03/2026");

        await PortalPage.NavigateByAsync(page, () => page.Locator("main form button[type='submit']").ClickAsync());

        Assert.Equal(new DateOnly(2026, 3, 15), await StoredAsync("Người Chọn Lịch"));
    }

    [BrowserFact]
    public async Task ImpossibleDate_StaysTypedWithReason_NothingSent()
    {
        var page = await CommendationFormAsync();
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST") posts++; };
        var date = page.Locator("input[name='DecisionDate']");
        await FillCommendationAsync(page, "Người Ngày Không Có");

        await date.ClickAsync();
        await date.PressSequentiallyAsync("31/02/2026");
        await date.PressAsync("Tab");
        await page.Locator("main form button[type='submit']").ClickAsync();

        await Expect(date).ToHaveValueAsync("31/02/2026");
        await Expect(page.Locator("[data-valmsg-for='DecisionDate']"))
            .ToHaveTextAsync("Ngày quyết định: không có ngày 31/02/2026 (nhập ngày theo dạng dd/MM/yyyy).");
        await Expect(date).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        Assert.Equal(0, posts);
        Assert.Null(await StoredAsync("Người Ngày Không Có"));
    }
}
