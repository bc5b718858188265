using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>The leaders land on their dashboard after signing in; the charts draw (under the CSP) and the map drills in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public Task HoaBinhLeader_SignsIn_LandsOnDashboardWithRenderedCharts() =>
        // The legacy Hòa Bình account reads Hòa Bình alone (hoabinh.lanhdao works for Phú Thọ since 01/07/2025).
        LandsOnDashboardAsync("hoabinh.cu@khuyencong.local", "hoabinh", "1.505");

    [BrowserFact]
    public Task MinistryLeader_SignsIn_LandsOnDashboardWithRenderedCharts() =>
        LandsOnDashboardAsync("bo.lanhdao@khuyencong.local", "ministry", "75.641");

    private async Task LandsOnDashboardAsync(string email, string name, string expectedFigure)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);

        await PortalPage.SignInAsync(page, email);
        Assert.EndsWith("/Dashboard", new Uri(page.Url).AbsolutePath);

        await PortalPage.OpenAsync(page, "/Dashboard?year=2021");
        await Expect(page.Locator("#chart-trend[data-rendered='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#chart-statuses[data-rendered='true']")).ToHaveCountAsync(1);
        // Chart.js drew something: the canvas holds non-blank pixels.
        var painted = await page.EvaluateAsync<bool>(@"() => {
            const c = document.getElementById('chart-trend');
            const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
            return false; }");
        Assert.True(painted, "The trend chart's canvas is blank.");
        var figures = await page.Locator("#kpis").InnerTextAsync() + await page.Locator("#trend").InnerTextAsync();
        Assert.Contains(expectedFigure, figures);
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, $"dashboard-{name}")}");

        if (name != "ministry")
        {
            // One province in scope: no one-tile map, the province's projects by area instead.
            await Expect(page.Locator("#province-map")).ToHaveCountAsync(0);
            await Expect(page.Locator("#areas")).ToContainTextAsync("Cao Phong");
            Assert.True(problems.Count == 0, "Console errors: " + string.Join(" | ", problems));
            return;
        }

        // By current provinces Hòa Bình's figures sit under Phú Thọ; its tile drills into the province.
        await PortalPage.OpenAsync(page, "/Dashboard?year=2021&boundaries=Current");
        await PortalPage.NavigateByAsync(page, () => page.Locator("#province-map a[data-province='25']").ClickAsync());
        Assert.Contains("province=25", page.Url);
        await Expect(page.Locator("h1")).ToContainTextAsync("Phú Thọ");
        await Expect(page.Locator("#chart-contents[data-rendered='true']")).ToHaveCountAsync(1);
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, $"dashboard-{name}-phutho-current")}");

        Assert.True(problems.Count == 0, "Console errors: " + string.Join(" | ", problems));
    }

    [BrowserFact]
    public async Task HoaBinhLeader_OpensImplementationReportPrintView()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, "hoabinh.cu@khuyencong.local");

        await PortalPage.OpenAsync(page, "/Reports?year=2021");
        await PortalPage.NavigateByAsync(page, () => page.Locator("#implementation-print").ClickAsync());
        await Expect(page.Locator("#implementation tfoot [data-col='allocated']")).ToHaveTextAsync("1.505");
        await Expect(page.Locator("#letterhead [data-field='issuer']")).ToHaveTextAsync("SỞ CÔNG THƯƠNG TỈNH HÒA BÌNH");
        await Expect(page.Locator("#signatures [data-field='head-title']")).ToHaveTextAsync("THỦ TRƯỞNG ĐƠN VỊ");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".kc-print-toolbar")).ToBeHiddenAsync();
        // A4 landscape less 10 mm margins is 277 mm = 1047 CSS px: the whole report fits across, nothing overflows.
        await page.SetViewportSizeAsync(1047, 740);
        var overflow = await page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The printed report is {overflow} px wider than A4 landscape.");
        // The grand total prints once, at the end, not at the foot of every page.
        Assert.Equal("table-row-group", await page.EvalOnSelectorAsync<string>(
            "#implementation tfoot", "e => getComputedStyle(e).display"));
        var pdf = await page.PdfAsync(new() { Format = "A4", Landscape = true, PreferCSSPageSize = true });
        Assert.True(pdf.Length > 1000);
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "report-implementation-hoabinh-print")}");
    }
}
