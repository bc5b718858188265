using System.Text.RegularExpressions;
using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Issue 15 item 7: a council member finds the entries to score on the home page, scores them one after the other
/// (the sheet shows its running total, saving opens the next entry) and ends on the round's page with nothing left.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CouncilScoringFromHomeTests(PortalFixture portal, ITestOutputHelper output)
    : IClassFixture<PortalFixture>
{
    private const string CouncilMember = "hoidong.01@khuyencong.local";

    [GeneratedRegex("^Sản phẩm chờ bạn chấm điểm: Cấp tỉnh.*2026")]
    private static partial Regex ProvincialRound2026();

    [GeneratedRegex(@"/ProductEntries/Details/(\d+)$")]
    private static partial Regex EntryPage();

    [GeneratedRegex(@"/ProductRounds/Details/\d+")]
    private static partial Regex RoundPage();

    [BrowserFact]
    public async Task CouncilMember_ScoresFromTheHomePageToTheLastEntry()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, CouncilMember);
        await PortalPage.OpenAsync(page, "/");
        var link = page.Locator("a", new() { HasTextRegex = ProvincialRound2026() });
        var task = page.Locator("li[data-scoring-round]", new() { Has = link });
        var waiting = int.Parse((await task.Locator("[data-count]").InnerTextAsync()).Trim());
        Assert.True(waiting >= 2, $"the demo leaves {CouncilMember} two entries or more; the home page: {waiting}");
        var roundId = await task.GetAttributeAsync("data-scoring-round");

        await PortalPage.NavigateByAsync(page, () => task.Locator("a").ClickAsync());
        var seen = new HashSet<string>();
        int[] points = [30, 31, 8, 6];
        for (var i = 1; i <= waiting; i++)
        {
            var entry = EntryPage().Match(page.Url);
            Assert.True(entry.Success, $"sheet {i} of {waiting}: expected an entry's page, got {page.Url}");
            Assert.True(seen.Add(entry.Groups[1].Value), $"entry {entry.Groups[1].Value} opened twice");
            var sheet = page.Locator("form[data-score-sheet]");
            for (var c = 0; c < points.Length; c++)
                await sheet.Locator($"#points-{c}").FillAsync(
                    points[c].ToString(System.Globalization.CultureInfo.InvariantCulture));
            // The running total follows the typing, before anything is sent.
            await Expect(sheet.Locator("#score-total")).ToHaveTextAsync("75");
            if (i == 1)
                output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "council-sheet-running-total")}");
            output.WriteLine($"Sheet {i} of {waiting} on {page.Url}");
            IResponse saved;
            try
            {
                saved = await PortalPage.NavigateByAsync(page,
                    () => sheet.Locator("button[type='submit']").ClickAsync());
            }
            catch (TimeoutException)
            {
                output.WriteLine($"Timed out saving sheet {i}; the browser shows {page.Url}: "
                    + $"{await Screenshots.SaveAsync(page, "council-sheet-timeout")}");
                throw;
            }
            Assert.True(saved.Ok, $"saving sheet {i} answered HTTP {saved.Status}");
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("Đã lưu phiếu chấm");
        }

        // After the last sheet: the round's page, saying so, and no task left on the home page.
        Assert.Matches(RoundPage(), page.Url);
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("chấm xong mọi sản phẩm");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "council-scored-all")}");
        await PortalPage.OpenAsync(page, "/");
        await Expect(page.Locator($"li[data-scoring-round='{roundId}']")).ToHaveCountAsync(0);
    }
}
