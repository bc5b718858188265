using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Every figure of the dashboard against sums computed here straight from the tables, for the ministry (whole
/// country) and Hòa Bình (legacy province 17), in both boundary views; and its links against the lists.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class DashboardTests(PortalFactory portal)
{
    private const long M = BudgetData.Million;
    private const string HoaBinh = "17";
    private const string PhuTho = "25";

    private static readonly ProjectStatus[] Approved = [ProjectStatus.Approved, ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled,
        ProjectStatus.Closed];

    /// <summary>The expected figures for one scope: null codes = whole country, else the recorded province codes.</summary>
    private sealed record Expected(long Estimate, long Allocated, long Approved, long Disbursed, long Settled,
        Dictionary<ProjectStatus, int> Statuses, int Entries, int Certified);

    private Task<Expected> ExpectedAsync(string[]? codes, int year = 2021) => portal.WithDbAsync(async db =>
    {
        var plans = db.AnnualPlans.Where(p => p.Year == year);
        var allocations = db.Allocations.Where(a => a.Plan!.Year == year);
        var projects = db.Projects.Where(p => p.Year == year);
        var rounds = db.ProductRounds.Where(r => r.Year == year).Select(r => r.Id);
        var entries = db.ProductEntries.Where(e => rounds.Contains(e.RoundId));
        if (codes is not null)
        {
            plans = plans.Where(p => p.OwnerUnit != null && codes.Contains(p.OwnerUnit.ProvinceCode));
            allocations = allocations.Where(a => (a.Recipient!.ScopeUnit != null && codes.Contains(a.Recipient.ScopeUnit.ProvinceCode))
                                                 || (a.Plan!.OwnerUnit != null && codes.Contains(a.Plan.OwnerUnit.ProvinceCode)));
            projects = projects.Where(p => codes.Contains(p.ProvinceCode));
            entries = entries.Where(e => codes.Contains(e.ProvinceUnit!.ProvinceCode));
        }
        var list = await projects.Select(p => new { p.Status, p.ApprovedSupportDong, p.DisbursedDong, p.SettledDong }).ToListAsync();
        return new Expected(
            await plans.SumAsync(p => p.EstimateDong), await allocations.SumAsync(a => a.AmountDong),
            list.Where(p => Approved.Contains(p.Status)).Sum(p => p.ApprovedSupportDong ?? 0), list.Sum(p => p.DisbursedDong), list.Sum(p => p.SettledDong ?? 0),
            list.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count()),
            await entries.CountAsync(), await entries.CountAsync(e => e.Certificate != null));
    });

    /// <summary>Legacy province codes whose successor is <paramref name="current"/>, read from the succession table.</summary>
    private Task<string[]> PredecessorsAsync(string current) => portal.WithDbAsync(db => db.UnitSuccessions
        .Where(s => s.Predecessor.Level == UnitLevel.Province && s.Successor.Level == UnitLevel.Province && s.Successor.Code == current)
        .Select(s => s.Predecessor.Code).Distinct().ToArrayAsync());

    private async Task<(HttpClient Client, IHtmlDocument Page)> OpenAsync(string email, string query)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return (client, await client.GetDocumentAsync($"/Dashboard?{query}"));
    }

    private static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector}");

    private static string Money(long dong) => Vnd.FormatMillions(dong);

    private static void AssertMatches(Expected e, IHtmlDocument page)
    {
        Assert.Equal(Money(e.Estimate), Text(page, "[data-kpi='estimate'] .kc-kpi-value"));
        Assert.Equal(Money(e.Allocated), Text(page, "[data-kpi='allocated'] .kc-kpi-value"));
        Assert.Equal(Money(e.Approved), Text(page, "[data-kpi='approved'] .kc-kpi-value"));
        Assert.Equal(Money(e.Disbursed), Text(page, "[data-kpi='disbursed'] .kc-kpi-value"));
        Assert.Equal(Money(e.Settled), Text(page, "[data-kpi='settled'] .kc-kpi-value"));
        Assert.Equal(e.Certified.ToString(), Text(page, "[data-kpi='certified'] .kc-kpi-value").Replace(".", ""));
        var shown = page.QuerySelectorAll("#statuses tr[data-status]")
            .ToDictionary(r => Enum.Parse<ProjectStatus>(r.GetAttribute("data-status")!), r => int.Parse(r.QuerySelector("a")!.TextContent));
        Assert.Equal(e.Statuses.OrderBy(s => s.Key), shown.OrderBy(s => s.Key));
        Assert.Equal(e.Entries.ToString(), page.QuerySelectorAll("#products tfoot td")[1].TextContent.Trim());
        Assert.Equal(e.Certified.ToString(), page.QuerySelectorAll("#products tfoot td")[2].TextContent.Trim());
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader, "Recorded")]
    [InlineData(DemoAccounts.MinistryLeader, "Current")]
    [InlineData(DemoAccounts.HoaBinhLegacy, "Recorded")]
    [InlineData(DemoAccounts.HoaBinhLegacy, "Current")]
    public async Task Dashboard_2021_EveryKpiEqualsTheDatabase(string email, string boundaries)
    {
        var (_, page) = await OpenAsync(email, $"year=2021&boundaries={boundaries}");

        var expected = await ExpectedAsync(email == DemoAccounts.HoaBinhLegacy ? [HoaBinh] : null);
        AssertMatches(expected, page);
        if (email == DemoAccounts.HoaBinhLegacy) Assert.Equal(1_505 * M, expected.Allocated);
        else
        {
            Assert.Equal(338_000 * M, expected.Estimate);
            Assert.Equal((310, 200), (expected.Entries, expected.Certified));
        }
    }

    [Fact]
    public async Task Dashboard_Ministry_Recorded_HoaBinhRowIs1100National405Local()
    {
        var (_, page) = await OpenAsync(DemoAccounts.MinistryLeader, "year=2021");

        var row = page.QuerySelector($"#provinces tr[data-province='{HoaBinh}']")!;
        Assert.Equal("1.100", row.QuerySelector("[data-figure='kcqg']")!.TextContent);
        Assert.Equal("405", row.QuerySelector("[data-figure='kcdp']")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#province-map [data-province='{HoaBinh}']"));
        // Province rows and the central units add up to the allocated KPI.
        var sum = page.QuerySelectorAll("#provinces tbody tr").Sum(r =>
            Vnd.ParseMillions(r.QuerySelector("[data-figure='kcqg']")!.TextContent).Dong + Vnd.ParseMillions(r.QuerySelector("[data-figure='kcdp']")!.TextContent).Dong);
        Assert.Equal((await ExpectedAsync(null)).Allocated, sum);
        Assert.Equal("75.641", page.QuerySelector("#trend tr[data-year='2021'][data-fund='KCQG'] [data-figure='allocated']")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader)]
    [InlineData(DemoAccounts.HoaBinhLegacy)]
    public async Task Dashboard_CurrentBoundaries_HoaBinhCountedUnderPhuTho(string email)
    {
        var (_, page) = await OpenAsync(email, "year=2021&boundaries=Current");

        Assert.Null(page.QuerySelector($"#provinces tr[data-province='{HoaBinh}']"));
        var row = page.QuerySelector($"#provinces tr[data-province='{PhuTho}']")!;
        Assert.Contains("Phú Thọ", row.TextContent);
        var predecessors = await PredecessorsAsync(PhuTho);
        Assert.Contains(HoaBinh, predecessors);
        var codes = email == DemoAccounts.HoaBinhLegacy ? [HoaBinh] : predecessors;
        var expected = await portal.WithDbAsync(db => db.Allocations
            .Where(a => a.Plan!.Year == 2021 && a.Recipient!.ScopeUnit != null && codes.Contains(a.Recipient.ScopeUnit.ProvinceCode))
            .GroupBy(a => a.Plan!.Fund).Select(g => new { g.Key, Sum = g.Sum(a => a.AmountDong) }).ToDictionaryAsync(g => g.Key, g => g.Sum));
        Assert.Equal(Money(expected.GetValueOrDefault(Fund.Kcqg)), row.QuerySelector("[data-figure='kcqg']")!.TextContent);
        Assert.Equal(Money(expected.GetValueOrDefault(Fund.Kcdp)), row.QuerySelector("[data-figure='kcdp']")!.TextContent);
        if (email == DemoAccounts.HoaBinhLegacy)
        {
            Assert.Equal(("1.100", "405"), (row.QuerySelector("[data-figure='kcqg']")!.TextContent, row.QuerySelector("[data-figure='kcdp']")!.TextContent));
            // One province in view: its areas instead of a map of one tile.
            Assert.Null(page.QuerySelector("#province-map"));
            Assert.NotNull(page.QuerySelector("#areas"));
        }
        else Assert.Equal(34, page.QuerySelectorAll("#province-map [data-province]").Length);
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader)]
    [InlineData(DemoAccounts.HoaBinhLegacy)]
    public async Task Dashboard_DrillIntoPhuThoByCurrentBoundaries_SumsItsLegacyProvinces(string email)
    {
        var (_, page) = await OpenAsync(email, $"year=2021&boundaries=Current&province={PhuTho}");

        var codes = email == DemoAccounts.HoaBinhLegacy ? [HoaBinh] : await PredecessorsAsync(PhuTho);
        AssertMatches(await ExpectedAsync(codes), page);
        if (email == DemoAccounts.HoaBinhLegacy) Assert.Equal("1.505", Text(page, "[data-kpi='allocated'] .kc-kpi-value"));
    }

    [Fact]
    public async Task Dashboard_MinistryDrillIntoHoaBinhAsRecorded_EqualsBudgetOverviewAndProjectList()
    {
        var (client, page) = await OpenAsync(DemoAccounts.MinistryLeader, $"year=2021&province={HoaBinh}");

        AssertMatches(await ExpectedAsync([HoaBinh]), page);
        Assert.Equal("1.505", Text(page, "[data-kpi='allocated'] .kc-kpi-value"));
        // The KPI links to the overview of the same province, which shows the same total.
        var overviewUrl = page.QuerySelector("[data-kpi='allocated']")!.GetAttribute("href")!;
        Assert.Equal($"/Budget?year=2021&province={HoaBinh}", overviewUrl);
        var overview = await client.GetDocumentAsync(overviewUrl);
        Assert.Contains("1.505", overview.QuerySelector("#by-fund tfoot")!.TextContent);
        // Each status count links to the project list filtered the same way, whose total is that count.
        foreach (var link in page.QuerySelectorAll("#statuses tr[data-status] a"))
        {
            var list = await client.GetDocumentAsync(link.GetAttribute("href")!.Replace("&amp;", "&"));
            Assert.Contains($"Tổng số: {link.TextContent.Trim()} ", list.Body!.TextContent);
        }
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader)]
    [InlineData(DemoAccounts.HoaBinhLegacy)]
    public async Task Dashboard_TrendRows_EqualTheBudgetSummaryOfEachYearAndFund(string email)
    {
        var (client, page) = await OpenAsync(email, "year=2021&from=2020");

        foreach (var row in page.QuerySelectorAll("#trend tr[data-year]"))
        {
            var (year, fund) = (row.GetAttribute("data-year"), row.GetAttribute("data-fund"));
            var summary = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/budget/summary?year={year}&fund={fund}");
            foreach (var figure in new[] { "estimate", "allocated", "disbursed" })
                Assert.Equal(Money(summary.GetProperty(figure).GetInt64()), row.QuerySelector($"[data-figure='{figure}']")!.TextContent.Trim());
        }
        Assert.Equal(4, page.QuerySelectorAll("#trend tr[data-year]").Length);
    }

    [Fact]
    public async Task Dashboard_Ministry_ProductFiguresEqualTheRoundStatistics()
    {
        var (client, page) = await OpenAsync(DemoAccounts.MinistryLeader, "year=2021");

        var statistics = await client.GetDocumentAsync(page.QuerySelector("[data-kpi='certified']")!.GetAttribute("href")!);
        Assert.Equal(Text(page, "#products [data-total='entries']"), Text(statistics, "#stat-entries"));
        Assert.Equal(Text(page, "#products [data-total='certified']"), Text(statistics, "#stat-certified"));
        var byGroup = statistics.QuerySelectorAll("#by-group tr[data-group]").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .ToDictionary(r => r[0], r => (r[1], r[2]));
        foreach (var row in page.QuerySelectorAll("#products tr[data-group]"))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
            Assert.Equal(byGroup[cells[0]], (cells[1], cells[2]));
        }
    }

    [Fact]
    public async Task Dashboard_HoaBinh_ProductLinkOpensTheRoundWithItsOwnEntries()
    {
        var (client, page) = await OpenAsync(DemoAccounts.HoaBinhLegacy, "year=2021");

        var href = page.QuerySelector("[data-kpi='certified']")!.GetAttribute("href")!;
        Assert.StartsWith("/ProductRounds/Details/", href);
        var round = await client.GetDocumentAsync(href);
        Assert.Contains($"Tổng số: {Text(page, "#products [data-total='entries']")} ", round.Body!.TextContent);
    }

    [Fact]
    public async Task Dashboard_ContentRows_EqualDatabaseSums()
    {
        var (_, page) = await OpenAsync(DemoAccounts.MinistryLeader, "year=2021");

        var expected = await portal.WithDbAsync(async db => (await db.Projects.Where(p => p.Year == 2021)
                .Select(p => new { p.ActivityContentId, p.Status, p.ApprovedSupportDong, p.DisbursedDong }).ToListAsync())
            .GroupBy(p => p.ActivityContentId)
            .ToDictionary(g => g.Key, g => (g.Count(), Money(g.Where(p => Approved.Contains(p.Status)).Sum(p => p.ApprovedSupportDong ?? 0)), Money(g.Sum(p => p.DisbursedDong)))));
        var shown = page.QuerySelectorAll("#contents tr[data-content]").ToDictionary(r => int.Parse(r.GetAttribute("data-content")!), r =>
        {
            var cells = r.QuerySelectorAll("td");
            return (int.Parse(cells[1].TextContent.Trim()), cells[2].TextContent.Trim(), cells[3].TextContent.Trim());
        });
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Dashboard_InEnglish_ShowsTranslatedHeadings()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await client.GetDocumentAsync("/Dashboard?year=2021&boundaries=Current");

        Assert.StartsWith("Dashboard 2021", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Projects by status", page.Body!.TextContent);
        // A one-province scope in the current view: its areas, in English too.
        Assert.Contains("Figures by area", page.Body.TextContent);
        Assert.Contains("Huyện Cao Phong, Tỉnh Hoà Bình (before 01/07/2025)",
            page.QuerySelector("#areas")!.TextContent);
        Assert.Contains("By current boundaries", page.QuerySelector("#boundary-view")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_ProvinceOutsideScope_Returns404()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync("/Dashboard?year=2021&province=01"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Dashboard?year=2021&boundaries=Recorded&province={PhuTho}"));
    }

    [Fact]
    public async Task Dashboard_CouncilMemberOnly_Returns403()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/Dashboard"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/Reports"));
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader, "/Dashboard")]
    [InlineData(DemoAccounts.HoaBinhLeader, "/Dashboard")]
    [InlineData(DemoAccounts.HoaBinhDepartment, "/")]
    public async Task SignIn_Leader_LandsOnDashboard(string email, string landing)
    {
        var client = portal.CreateClient();

        Assert.Equal(landing, await client.SignInAsync(email));
    }
}
