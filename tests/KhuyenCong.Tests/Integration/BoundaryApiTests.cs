using System.Net;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The budget summary API's two boundary views (DOMAIN §2, §10): the same totals, split by province as recorded or by
/// today's 34 provinces (Hòa Bình 2021 under Phú Thọ), the default by year, and the refusals of a bad value.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class BoundaryApiTests(PortalFactory portal)
{
    private const long M = BudgetData.Million;
    private const string HoaBinh = "17";
    private const string PhuTho = "25";
    private static readonly string[] Figures = ["estimate", "allocated", "approved", "disbursed", "settled"];

    private async Task<HttpClient> ClientAsync(string email = DemoAccounts.MinistryOfficer)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<JsonElement> SummaryAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/budget/summary?{query}");
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Dictionary<string, JsonElement> ByCode(JsonElement summary) =>
        summary.GetProperty("provinces").EnumerateArray().ToDictionary(p =>
            p.GetProperty("code").ValueKind == JsonValueKind.Null ? "central" : p.GetProperty("code").GetString()!);

    private static long Sum(IEnumerable<JsonElement> rows, string figure) =>
        rows.Sum(r => r.GetProperty(figure).GetInt64());

    private Task<string[]> PredecessorsAsync(string current) => portal.WithDbAsync(db => db.UnitSuccessions
        .Where(s => s.Predecessor.Level == UnitLevel.Province && s.Successor.Level == UnitLevel.Province
                    && s.Successor.Code == current)
        .Select(s => s.Predecessor.Code).Distinct().ToArrayAsync());

    [Fact]
    public async Task Summary_2021Current_CountsHoaBinhUnderPhuTho_AndTotalsEqualRecorded()
    {
        var client = await ClientAsync();
        var recorded = await SummaryAsync(client, "year=2021&boundaries=recorded");
        var current = await SummaryAsync(client, "year=2021&boundaries=current");

        Assert.Equal("recorded", recorded.GetProperty("boundaries").GetString());
        Assert.Equal("current", current.GetProperty("boundaries").GetString());
        var (asRecorded, byCurrent) = (ByCode(recorded), ByCode(current));
        Assert.Equal(1_505 * M, asRecorded[HoaBinh].GetProperty("allocated").GetInt64());
        Assert.DoesNotContain(HoaBinh, byCurrent.Keys);
        var predecessors = await PredecessorsAsync(PhuTho);
        Assert.Contains(HoaBinh, predecessors);
        foreach (var figure in Figures)
        {
            // Same totals in both views, the province rows add up to them, and Phú Thọ today is the sum of its
            // predecessors.
            Assert.Equal(recorded.GetProperty(figure).GetInt64(), current.GetProperty(figure).GetInt64());
            Assert.Equal(recorded.GetProperty(figure).GetInt64(), Sum(asRecorded.Values, figure));
            Assert.Equal(current.GetProperty(figure).GetInt64(), Sum(byCurrent.Values, figure));
            Assert.Equal(Sum(asRecorded.Where(p => predecessors.Contains(p.Key)).Select(p => p.Value), figure),
                byCurrent[PhuTho].GetProperty(figure).GetInt64());
        }
        Assert.True(byCurrent[PhuTho].GetProperty("allocated").GetInt64() >= 1_505 * M);
        Assert.Equal("Tỉnh Phú Thọ", byCurrent[PhuTho].GetProperty("name").GetString());
        var currentCodes = await portal.WithDbAsync(db => db.AdministrativeUnits
            .Where(u => u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Current)
            .Select(u => u.Code).ToListAsync());
        Assert.All(byCurrent.Keys.Where(k => k != "central"), code => Assert.Contains(code, currentCodes));
        Assert.True(asRecorded.Count > byCurrent.Count);
    }

    [Fact]
    public async Task Summary_2021CurrentPhuTho_EqualsItsLegacyProvincesAsRecorded()
    {
        var client = await ClientAsync();
        var phuTho = await SummaryAsync(client, $"year=2021&boundaries=current&province={PhuTho}");

        var parts = new List<JsonElement>();
        foreach (var code in await PredecessorsAsync(PhuTho))
            parts.Add(await SummaryAsync(client, $"year=2021&boundaries=recorded&province={code}"));
        foreach (var figure in Figures) Assert.Equal(Sum(parts, figure), phuTho.GetProperty(figure).GetInt64());
        Assert.True(phuTho.GetProperty("estimate").GetInt64() >= 405 * M, "Hòa Bình's KCĐP estimate is Phú Thọ's now");
    }

    [Fact]
    public async Task Summary_LegacyHoaBinhLeader_CurrentPhuTho_SeesOnlyItsOwnPart()
    {
        var client = await ClientAsync((await portal.CreateScopedLeaderAsync(UnitGeneration.Legacy, HoaBinh)).Email!);

        var phuTho = await SummaryAsync(client, $"year=2021&boundaries=current&province={PhuTho}");
        var own = await SummaryAsync(client, "year=2021&boundaries=recorded");

        foreach (var figure in Figures)
            Assert.Equal(own.GetProperty(figure).GetInt64(), phuTho.GetProperty(figure).GetInt64());
        Assert.Equal(1_505 * M, phuTho.GetProperty("allocated").GetInt64());
        Assert.Equal([PhuTho], ByCode(phuTho).Keys.Where(k => k != "central"));
    }

    [Theory]
    [InlineData(2021, "recorded")]
    [InlineData(2024, "recorded")]
    [InlineData(2025, "current")]
    [InlineData(2026, "current")]
    public async Task Summary_WithoutBoundaries_DefaultsToCurrentFrom2025(int year, string expected)
    {
        var summary = await SummaryAsync(await ClientAsync(DemoAccounts.MinistryLeader), $"year={year}");

        Assert.Equal(expected, summary.GetProperty("boundaries").GetString());
        var codes = ByCode(summary).Keys.Where(k => k != "central").ToList();
        if (expected == "current") Assert.DoesNotContain(HoaBinh, codes);
        else if (year == 2021) Assert.Contains(HoaBinh, codes);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("1")]
    [InlineData("as-recorded")]
    public async Task Summary_BadBoundaries_Returns400WithTheAllowedValues(string value)
    {
        var response = await (await ClientAsync()).GetAsync($"/api/v1/budget/summary?year=2021&boundaries={value}");

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = problem.GetProperty("errors").GetProperty("boundaries")[0].GetString()!;
        Assert.Contains($"\"{value}\"", message);
        Assert.Contains("boundaries=recorded", message);
        Assert.Contains("boundaries=current", message);
    }

    [Fact]
    public async Task Summary_BadBoundaries_InEnglish_ExplainsInEnglish()
    {
        var client = await ClientAsync();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await client.GetAsync("/api/v1/budget/summary?year=2021&boundaries=foo");

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors").GetProperty("boundaries")[0].GetString();
        Assert.Equal("Boundaries \"foo\" are not valid: use boundaries=recorded (boundaries as recorded) or "
                     + "boundaries=current (current boundaries).", message);
        var legacy = await client.GetAsync("/api/v1/budget/summary?year=2021&boundaries=current&province=17");
        var reason = JsonDocument.Parse(await legacy.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors").GetProperty("province")[0].GetString()!;
        Assert.StartsWith("Province code 17 (", reason);
        Assert.Contains("now part of Tỉnh Phú Thọ (code 25)", reason);
    }

    [Fact]
    public async Task Summary_LegacyProvinceInCurrentView_Returns400NamingItsSuccessor()
    {
        var client = await ClientAsync();
        var response = await client.GetAsync($"/api/v1/budget/summary?year=2021&boundaries=current&province={HoaBinh}");

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors").GetProperty("province")[0].GetString()!;
        Assert.Contains($"Mã tỉnh {HoaBinh} (Tỉnh Ho", message);
        Assert.Contains("Tỉnh Phú Thọ", message);
        Assert.Contains($"mã {PhuTho}", message);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("26")]
    [InlineData("99")]
    public async Task Summary_CurrentView_ProvinceOutsideScopeOrUnknown_Returns404(string province)
    {
        var leader = await portal.CreateScopedLeaderAsync(UnitGeneration.Legacy, HoaBinh);
        var client = await ClientAsync(province == "99" ? DemoAccounts.MinistryOfficer : leader.Email!);
        var url = $"/api/v1/budget/summary?year=2021&boundaries=current&province={province}";
        var response = await client.GetAsync(url);

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
    }
}
