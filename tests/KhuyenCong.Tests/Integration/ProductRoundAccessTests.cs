using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Who sees which rounds and entries: scope for officers, assignment for council members, roles for the steps.</summary>
[Collection(SharedPortal.Name)]
public sealed class ProductRoundAccessTests(PortalFactory portal)
{
    private Task<int> RoundIdAsync(RoundLevel level, int year) =>
        portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Level == level && r.Year == year).Select(r => r.Id).SingleAsync());

    [Theory]
    [InlineData(DemoAccounts.HoaBinhDepartment, 2021, RoundLevel.National, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.HoaBinhDepartment, 2025, RoundLevel.Provincial, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.HoaBinhLegacy, 2026, RoundLevel.Provincial, HttpStatusCode.NotFound)]
    [InlineData(DemoAccounts.PhuThoDepartment, 2026, RoundLevel.Provincial, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.MinistryLeader, 2026, RoundLevel.Provincial, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Council, 2021, RoundLevel.National, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Council, 2026, RoundLevel.Provincial, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Council, 2025, RoundLevel.Provincial, HttpStatusCode.NotFound)]
    public async Task Details_ByUser_OpensOnlyVisibleRounds(string email, int year, RoundLevel level, HttpStatusCode expected)
    {
        var id = await RoundIdAsync(level, year);
        var client = portal.CreateClient();
        await client.SignInAsync(email);

        await Expect.StatusAsync(expected, await client.GetAsync($"/ProductRounds/Details/{id}"));
    }

    [Fact]
    public async Task Index_CouncilMember_ListsOnlyAssignedRounds()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        var rows = (await client.GetDocumentAsync("/ProductRounds")).QuerySelectorAll("#rounds tbody tr").Select(r => r.TextContent).ToList();

        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain(rows, r => r.Contains("2025"));
    }

    [Fact]
    public async Task NationalRound_HoaBinhOfficer_SeesOnlyHoaBinhEntries()
    {
        var id = await RoundIdAsync(RoundLevel.National, 2021);
        var hoaBinhEntries = await portal.WithDbAsync(db => db.ProductEntries
            .CountAsync(e => e.RoundId == id && e.ProvinceUnit!.Code == "17" && e.ProvinceUnit.Generation == UnitGeneration.Legacy));
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        var page = await client.GetDocumentAsync($"/ProductRounds/Details/{id}");
        var provinces = page.QuerySelectorAll("#entries tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).Distinct().ToList();

        Assert.True(hoaBinhEntries > 0);
        Assert.Contains($"Tổng số: {hoaBinhEntries} ", page.Body!.TextContent);
        Assert.Equal(["Tỉnh Hoà Bình"], provinces);
    }

    [Fact]
    public async Task EntryDetails_OtherProvinceInNationalRound_Returns404ForProvincialOfficer()
    {
        var id = await RoundIdAsync(RoundLevel.National, 2021);
        var (foreign, own) = await portal.WithDbAsync(async db => (
            await db.ProductEntries.Where(e => e.RoundId == id && e.ProvinceUnit!.Code == "40").Select(e => e.Id).FirstAsync(),
            await db.ProductEntries.Where(e => e.RoundId == id && e.ProvinceUnit!.Code == "17").Select(e => e.Id).FirstAsync()));
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/ProductEntries/Details/{foreign}"));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/ProductEntries/Details/{own}"));
    }

    [Fact]
    public async Task EntryDetails_CouncilMember_OpensEntriesOfAssignedRoundsOnly()
    {
        var (assigned, other) = await portal.WithDbAsync(async db => (
            await db.ProductEntries.Where(e => e.Round!.Year == 2026).Select(e => e.Id).FirstAsync(),
            await db.ProductEntries.Where(e => e.Round!.Year == 2025).Select(e => e.Id).FirstAsync()));
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        var page = await client.GetDocumentAsync($"/ProductEntries/Details/{assigned}");
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/ProductEntries/Details/{other}"));
        Assert.NotNull(page.QuerySelector("#score-sheet form"));
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader, "/ProductRounds/Create", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Council, "/ProductRounds/Create", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Council, "/Establishments", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Council, "/Commendations", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.MinistryLeader, "/Establishments/Create", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.MinistryLeader, "/Commendations/Create", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.CaoPhongCommune, "/Commendations/Create", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.HoaBinhDepartment, "/ProductRounds/Create", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.MinistryOfficer, "/ProductRounds/Create", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.MinistryLeader, "/Establishments", HttpStatusCode.OK)]
    public async Task Get_ByRole_AnswersForbiddenWithoutTheRole(string email, string url, HttpStatusCode expected)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);

        await Expect.StatusAsync(expected, await client.GetAsync(url));
    }

    [Fact]
    public async Task Api_HoaBinhOfficer_SeesNationalAndOwnRoundsButNotPhuTho2026()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        var rounds = (await client.GetFromJsonAsync<JsonElement>("/api/v1/product-rounds")).EnumerateArray()
            .Select(r => (r.GetProperty("level").GetString(), r.GetProperty("year").GetInt32())).ToList();

        Assert.Contains(("National", 2021), rounds);
        Assert.Contains(("Provincial", 2025), rounds);
        Assert.DoesNotContain(("Provincial", 2026), rounds);
    }

    [Fact]
    public async Task Menu_OfficerAndCouncilMember_SeeTheirProductLinks()
    {
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var council = portal.CreateClient();
        await council.SignInAsync(DemoAccounts.Council);

        var officerMenu = (await officer.GetDocumentAsync("/")).QuerySelector("header nav")!.InnerHtml;
        var councilMenu = (await council.GetDocumentAsync("/")).QuerySelector("header nav")!.InnerHtml;

        Assert.Contains("href=\"/ProductRounds\"", officerMenu);
        Assert.Contains("href=\"/Establishments\"", officerMenu);
        Assert.Contains("href=\"/Commendations\"", officerMenu);
        Assert.Contains("href=\"/ProductRounds\"", councilMenu);
        Assert.DoesNotContain("href=\"/Establishments\"", councilMenu);
    }
}
