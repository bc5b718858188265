using System.Net.Http.Json;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The seed article's 4th national round (2021): 310 entries, 58 of 63 provinces, 52/194/33/31 by group, 200 certified.</summary>
[Collection(SharedPortal.Name)]
public sealed class ProductDemoDataTests(PortalFactory portal)
{
    private Task<int> NationalRoundIdAsync() =>
        portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Level == RoundLevel.National && r.Year == 2021).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task Api_MinistryOfficer_NationalRound2021HasTheArticleFigures()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var rounds = await client.GetFromJsonAsync<JsonElement>("/api/v1/product-rounds");
        var national = rounds.EnumerateArray().Single(r => r.GetProperty("level").GetString() == "National" && r.GetProperty("year").GetInt32() == 2021);

        Assert.Equal(await NationalRoundIdAsync(), national.GetProperty("id").GetInt32());
        Assert.Equal(310, national.GetProperty("entries").GetInt32());
        Assert.Equal(58, national.GetProperty("provinces").GetInt32());
        var byGroup = national.GetProperty("byGroup");
        Assert.Equal(52, byGroup.GetProperty("TCMN").GetInt32());
        Assert.Equal(194, byGroup.GetProperty("CBNLTS").GetInt32());
        Assert.Equal(33, byGroup.GetProperty("TBMM").GetInt32());
        Assert.Equal(31, byGroup.GetProperty("KHAC").GetInt32());
        Assert.Equal(200, national.GetProperty("certified").GetInt32());
    }

    [Fact]
    public async Task StatisticsPage_NationalRound_Shows310EntriesFrom58Of63Provinces()
    {
        var id = await NationalRoundIdAsync();
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var page = await client.GetDocumentAsync($"/RoundResults/Statistics/{id}");

        Assert.Equal("310", page.QuerySelector("#stat-entries")!.TextContent.Trim());
        Assert.Equal("58", page.QuerySelector("#stat-provinces")!.TextContent.Trim());
        Assert.Contains("58/63", page.QuerySelector("#round-stats")!.TextContent.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal("200", page.QuerySelector("#stat-certified")!.TextContent.Trim());
        Assert.Contains("194", page.QuerySelector("tr[data-group='CBNLTS']")!.TextContent);
    }

    [Fact]
    public async Task Database_NationalRound_ExactlyTheCertifiedEntriesReachTheThreshold()
    {
        var id = await NationalRoundIdAsync();
        var (passing, certified, expiry, decision) = await portal.WithDbAsync(async db => (
            await db.ProductEntries.CountAsync(e => e.RoundId == id && e.MeanScore >= 70),
            await db.Certificates.CountAsync(c => c.Entry!.RoundId == id),
            await db.Certificates.Where(c => c.Entry!.RoundId == id).Select(c => c.ValidUntil).Distinct().ToListAsync(),
            await db.ProductRounds.Where(r => r.Id == id).Select(r => r.DecisionNumber).SingleAsync()));

        Assert.Equal(200, passing);
        Assert.Equal(200, certified);
        Assert.Equal([new DateOnly(2024, 12, 31)], expiry);
        Assert.EndsWith("QĐ-BCT", decision);
    }

    [Fact]
    public async Task Commendations_HoaBinhOfficer_ListsTheThreeRecipientsOf2014To2020()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var text = (await client.GetDocumentAsync("/Commendations?year=2016")).QuerySelector("#commendations")!.TextContent;

        Assert.Contains(DemoOrganisations.HoaBinhDepartment, text);
        Assert.Contains(DemoOrganisations.HoaBinhCentre, text);
        Assert.Contains("Bùi Xuân Hùng", text);
        Assert.Contains("2014–2020", text);
    }
}
