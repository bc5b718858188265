using System.Net;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

[Collection(SharedPortal.Name)]
public sealed class AdminUnitsApiTests(PortalFactory portal)
{
    [Fact]
    public async Task Provinces_AsOf2021_Returns63LegacyProvinces()
    {
        var provinces = await GetProvincesAsync("2021-12-10");

        Assert.Equal(63, provinces.Count);
        // The statistics office writes "Hoà", not "Hòa"; the API returns the name as seeded.
        Assert.Contains(("17", "Tỉnh Hoà Bình"), provinces);
        Assert.Equal(63, provinces.Select(p => p.Code).Distinct().Count());
    }

    [Fact]
    public async Task Provinces_AsOfJuly2025_Returns34CurrentProvinces()
    {
        var provinces = await GetProvincesAsync("2025-07-01");

        Assert.Equal(34, provinces.Count);
        Assert.Contains(provinces, p => p.Code == "25" && p.Name.Contains("Phú Thọ", StringComparison.Ordinal));
        Assert.DoesNotContain(provinces, p => p.Code == "17");
    }

    [Fact]
    public async Task Provinces_LastLegacyDay_StillReturnsLegacyProvinces()
    {
        Assert.Equal(63, (await GetProvincesAsync("2025-06-30")).Count);
    }

    [Theory]
    [InlineData(2024, 63, 0)]
    [InlineData(2025, 63, 34)]
    [InlineData(2026, 0, 34)]
    public async Task Provinces_ForPlanYear_TheGenerationsTheYearMayUse(int year, int legacy, int current)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.CaoPhongCommune);

        var response = await client.GetAsync($"/api/v1/admin-units/provinces?year={year}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var generations = json.RootElement.EnumerateArray().Select(p => p.GetProperty("generation").GetString()).ToList();
        Assert.Equal(legacy, generations.Count(g => g == "legacy"));
        Assert.Equal(current, generations.Count(g => g == "current"));
    }

    [Fact]
    public async Task OpenApi_SignedIn_DescribesProvincesEndpoint()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Council);

        var response = await client.GetAsync("/openapi/v1.json");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("/api/v1/admin-units/provinces", await response.Content.ReadAsStringAsync());
    }

    private async Task<List<(string Code, string Name)>> GetProvincesAsync(string asOf)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.CaoPhongCommune);

        var response = await client.GetAsync($"/api/v1/admin-units/provinces?asOf={asOf}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray()
            .Select(p => (p.GetProperty("code").GetString()!, p.GetProperty("name").GetString()!))
            .ToList();
    }
}
