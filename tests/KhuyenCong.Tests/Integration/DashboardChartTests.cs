using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 15: a chart with nothing to draw says "Chưa có số liệu" ("No data yet" in English) instead of blank axes;
/// a chart with figures keeps its canvas.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class DashboardChartTests(PortalFactory portal)
{
    private static readonly string[] Charts =
        ["chart-statuses", "chart-trend", "chart-provinces", "chart-contents", "chart-products"];

    [Fact]
    public async Task Dashboard_YearWithoutFigures_EveryChartSaysNoData()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryLeader);

        var page = await client.GetDocumentAsync("/Dashboard?year=2099&from=2099");

        Assert.NotNull(page.QuerySelector("#empty-year"));
        Assert.Empty(page.QuerySelectorAll("canvas"));
        foreach (var chart in Charts)
            Assert.Equal("Chưa có số liệu", page.QuerySelector($"[data-chart-empty='{chart}']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_YearWithoutFigures_InEnglish_SaysNoDataYet()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryLeader);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await client.GetDocumentAsync("/Dashboard?year=2099&from=2099");

        Assert.Equal("No data yet", page.QuerySelector("[data-chart-empty='chart-trend']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_2021_ChartsWithFiguresKeepTheirCanvas()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryLeader);

        var page = await client.GetDocumentAsync("/Dashboard?year=2021&boundaries=Recorded");

        foreach (var chart in Charts)
        {
            Assert.NotNull(page.QuerySelector($"canvas#{chart}"));
            Assert.Null(page.QuerySelector($"[data-chart-empty='{chart}']"));
        }
    }
}
