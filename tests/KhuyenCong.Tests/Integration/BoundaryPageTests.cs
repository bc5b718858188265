using System.Net;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Boundaries;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The dashboard and the reports across the reform: the view's default by year, the 34-province map of today (the 63
/// legacy ones for an earlier year as recorded), a province leader's breakdown instead of a one-tile map, an empty
/// year, and the implementation report in both views.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class BoundaryPageTests(PortalFactory portal)
{
    private const string HoaBinh = "17";
    private const string PhuTho = "25";

    private async Task<HttpClient> ClientAsync(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<List<string>> ProvinceCodesAsync(UnitGeneration generation) => portal.WithDbAsync(db =>
        db.AdministrativeUnits
        .Where(u => u.Level == UnitLevel.Province && u.Generation == generation)
        .Select(u => u.Code).OrderBy(c => c).ToListAsync());

    /// <summary>The legacy province's name as the statistics office writes it ("Hoà", accent on the a).</summary>
    private Task<string> LegacyNameAsync(string code) => portal.WithDbAsync(db => db.AdministrativeUnits
        .Where(u => u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Legacy && u.Code == code)
        .Select(u => u.Name).SingleAsync());

    private static string[] Tiles(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#province-map [data-province]").Select(t => t.GetAttribute("data-province")!)
            .Order(StringComparer.Ordinal)];

    private static string? SelectedView(IHtmlDocument page) =>
        page.QuerySelector("#boundaries option[selected]")?.GetAttribute("value");

    [Fact]
    public async Task Dashboard_2026_DefaultsToCurrentAndDrawsThe34ProvincesWhereTheyLie()
    {
        var page = await (await ClientAsync(DemoAccounts.MinistryLeader)).GetDocumentAsync("/Dashboard?year=2026");

        Assert.Equal("current", SelectedView(page));
        Assert.Equal(await ProvinceCodesAsync(UnitGeneration.Current), Tiles(page));
        Assert.Equal(34, Tiles(page).Length);
        Assert.Equal("geographic", page.QuerySelector("#province-map")!.GetAttribute("data-layout"));
        // Every tile has its own place on the grid: none shares a row and column with another.
        var places = page.QuerySelectorAll("#province-map li").Select(li => li.ClassName).ToList();
        Assert.All(places, p => Assert.Matches(@"^kc-r\d+ kc-c\d$", p));
        Assert.Equal(places.Count, places.Distinct().Count());
        Assert.Contains("Theo địa giới hiện nay", page.QuerySelector("#boundary-view")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_2021_DefaultsToRecordedAndDrawsThe63LegacyProvinces_CurrentOnRequest()
    {
        var client = await ClientAsync(DemoAccounts.MinistryLeader);

        var recorded = await client.GetDocumentAsync("/Dashboard?year=2021");
        Assert.Equal("recorded", SelectedView(recorded));
        Assert.Equal(await ProvinceCodesAsync(UnitGeneration.Legacy), Tiles(recorded));
        Assert.Equal("code-order", recorded.QuerySelector("#province-map")!.GetAttribute("data-layout"));

        var current = await client.GetDocumentAsync("/Dashboard?year=2021&boundaries=current");
        Assert.Equal("current", SelectedView(current));
        Assert.Equal(await ProvinceCodesAsync(UnitGeneration.Current), Tiles(current));
        Assert.DoesNotContain(HoaBinh, Tiles(current));
        // The same national KPIs in both views: only the split by province changes.
        Assert.Equal(recorded.QuerySelector("[data-kpi='allocated'] .kc-kpi-value")!.TextContent,
            current.QuerySelector("[data-kpi='allocated'] .kc-kpi-value")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_CurrentProvinceLeader_GetsItsAreasNotAOneTileMap()
    {
        var leader = await portal.CreateScopedLeaderAsync(UnitGeneration.Current, PhuTho);
        var client = await ClientAsync(leader.Email!);

        var current = await client.GetDocumentAsync("/Dashboard?year=2021&boundaries=current");

        Assert.Null(current.QuerySelector("#province-map"));
        Assert.NotNull(current.QuerySelector("#areas-note"));
        var predecessors = await portal.WithDbAsync(db => db.UnitSuccessions
            .Where(s => s.Predecessor.Level == UnitLevel.Province && s.Successor.Level == UnitLevel.Province
                        && s.Successor.Code == PhuTho)
            .Select(s => s.Predecessor.Code).ToListAsync());
        var projects = await portal.WithDbAsync(db =>
            db.Projects.CountAsync(p => p.Year == 2021 && predecessors.Contains(p.ProvinceCode)));
        Assert.True(projects > 0);
        Assert.Equal(projects.ToString(), current.QuerySelector("#areas [data-total='projects']")!.TextContent.Trim());
        Assert.Equal(projects.ToString(), current.QuerySelector("[data-total='projects']")!.TextContent.Trim());
        // District-level records fold into today's province and say where they were.
        var caoPhong = current.QuerySelectorAll("#areas tbody tr").Single(r => r.TextContent.Contains("Cao Phong"));
        Assert.Contains($"{await LegacyNameAsync(HoaBinh)} (trước 01/07/2025)", caoPhong.TextContent);

        // As recorded, the same leader sees the three legacy provinces Phú Thọ was formed from: a map worth drawing.
        var recorded = await client.GetDocumentAsync("/Dashboard?year=2021&boundaries=recorded");
        Assert.Equal(predecessors.Order(StringComparer.Ordinal), Tiles(recorded));
        Assert.Null(recorded.QuerySelector("#areas"));
    }

    [Fact]
    public async Task Dashboard_YearWithoutFigures_SaysSoInsteadOfEmptyCharts()
    {
        var page = await (await ClientAsync(DemoAccounts.MinistryLeader)).GetDocumentAsync("/Dashboard?year=2019");

        Assert.Contains("2019", page.QuerySelector("#empty-year")!.TextContent);
        Assert.Null(page.QuerySelector("#chart-statuses"));
        Assert.Null(page.QuerySelector("#chart-provinces"));
        var full = await (await ClientAsync(DemoAccounts.MinistryLeader)).GetDocumentAsync("/Dashboard?year=2021");
        Assert.Null(full.QuerySelector("#empty-year"));
        Assert.NotNull(full.QuerySelector("#chart-statuses"));
    }

    [Theory]
    [InlineData("/Dashboard?year=2021&boundaries=foo")]
    [InlineData("/Reports?year=2021&boundaries=foo")]
    [InlineData("/Reports/Implementation?year=2021&boundaries=2")]
    public async Task Pages_BadBoundaries_Return400WithTheReason(string url)
    {
        var response = await (await ClientAsync(DemoAccounts.MinistryLeader)).GetAsync(url);

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("boundaries=current", page.QuerySelector("#bad-filter")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_LegacyProvinceInCurrentView_Returns400NamingItsSuccessor()
    {
        var client = await ClientAsync(DemoAccounts.MinistryLeader);
        var response = await client.GetAsync($"/Dashboard?year=2021&boundaries=current&province={HoaBinh}");

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Tỉnh Phú Thọ", page.QuerySelector("#bad-filter")!.TextContent);
    }

    [Fact]
    public async Task Reports_Implementation2021_BothViews_SameTotalsHoaBinhUnderPhuThoWhenCurrent()
    {
        var client = await ClientAsync(DemoAccounts.MinistryLeader);

        var recorded = await client.GetDocumentAsync("/Reports/Implementation?year=2021");
        var current = await client.GetDocumentAsync("/Reports/Implementation?year=2021&boundaries=current");

        static List<string> Groups(IHtmlDocument page) =>
            [.. page.QuerySelectorAll("#implementation tr.kc-group").Select(r => r.TextContent.Trim())];
        var hoaBinh = await LegacyNameAsync(HoaBinh);
        Assert.Contains(hoaBinh, Groups(recorded));
        Assert.DoesNotContain(hoaBinh, Groups(current));
        Assert.Contains("Tỉnh Phú Thọ", Groups(current));
        Assert.True(Groups(current).Count < Groups(recorded).Count);
        Assert.Contains("Theo địa giới khi ghi nhận", recorded.QuerySelector("#boundary-view")!.TextContent);
        Assert.Contains("Theo địa giới hiện nay", current.QuerySelector("#boundary-view")!.TextContent);
        Assert.Equal(recorded.QuerySelector("#implementation tfoot tr")!.TextContent,
            current.QuerySelector("#implementation tfoot tr")!.TextContent);
        var excel = current.QuerySelector("a[href*='ImplementationExcel']")!.GetAttribute("href");
        Assert.Contains("boundaries=current", excel);
    }

    [Fact]
    public async Task Reports_ImplementationExcel2021Current_GroupsByTodaysProvincesAndSaysSo()
    {
        var client = await ClientAsync(DemoAccounts.MinistryLeader);
        var response = await client.GetAsync("/Reports/ImplementationExcel?year=2021&boundaries=current");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        using var book = new ClosedXML.Excel.XLWorkbook(
            new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var texts = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(texts, t => t.EndsWith("theo địa giới hiện nay", StringComparison.Ordinal));
        Assert.Contains("Tỉnh Phú Thọ", texts);
        Assert.DoesNotContain(await LegacyNameAsync(HoaBinh), texts);
    }

    [Theory]
    [InlineData(2021, "recorded")]
    [InlineData(2025, "current")]
    public async Task Reports_Index_DefaultViewByYear(int year, string expected)
    {
        var page = await (await ClientAsync(DemoAccounts.MinistryLeader)).GetDocumentAsync($"/Reports?year={year}");

        Assert.Equal(expected, SelectedView(page));
        Assert.Contains($"boundaries={expected}", page.QuerySelector("#implementation-print")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ProvinceTiles_PlaceExactlyTheCurrentProvinces_EachOnItsOwnTile()
    {
        var codes = await ProvinceCodesAsync(UnitGeneration.Current);

        Assert.Equal(codes.Count, ProvinceTiles.Count);
        Assert.True(ProvinceTiles.Covers(codes));
        var places = codes.Select(c => ProvinceTiles.Of(c)!.Value).ToList();
        Assert.Equal(codes.Count, places.Distinct().Count());
        Assert.All(places, p => Assert.InRange(p.Column, 1, ProvinceTiles.Columns));
        Assert.False(ProvinceTiles.Covers([HoaBinh]));
    }

    [Fact]
    public void BoundaryViews_ParseNamesOnly_DefaultByYear()
    {
        Assert.True(BoundaryViews.TryParse(" Current ", 2021, out var current));
        Assert.Equal(BoundaryView.Current, current);
        Assert.True(BoundaryViews.TryParse(null, 2024, out var old));
        Assert.Equal(BoundaryView.Recorded, old);
        Assert.True(BoundaryViews.TryParse("", 2025, out var reform));
        Assert.Equal(BoundaryView.Current, reform);
        Assert.False(BoundaryViews.TryParse("0", 2021, out _));
        Assert.Equal("recorded", BoundaryViews.Name(BoundaryView.Recorded));
    }

    [Fact]
    public async Task Dashboard2026_OneCurrentProvince_TrendKeepsItsPredecessorsYears()
    {
        // Phú Thọ of 2026 stands for legacy Hòa Bình, Vĩnh Phúc and Phú Thọ in its earlier trend years too.
        var client = await ClientAsync(DemoAccounts.MinistryOfficer);
        var in2026 = await client.GetDocumentAsync($"/Dashboard?year=2026&from=2021&province={PhuTho}");
        var in2021 = await client.GetDocumentAsync($"/Dashboard?year=2021&boundaries=Current&province={PhuTho}");

        static string Allocated(IHtmlDocument page) => page
            .QuerySelectorAll("#trend tr[data-year='2021']")
            .Select(r => r.QuerySelector("[data-figure='allocated']")!.TextContent.Trim()).Aggregate("", (a, b) => a + b);
        Assert.NotEqual("", Allocated(in2021));
        Assert.Equal(Allocated(in2021), Allocated(in2026));
    }
}
