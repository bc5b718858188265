using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>The scope rules on the real seeded units: Hòa Bình (17) and its district Cao Phong (154) became part of Phú Thọ (25).</summary>
[Collection(SharedPortal.Name)]
public sealed class SeededUnitGraphTests(PortalFactory portal)
{
    [Fact]
    public async Task ScopeOf_LegacyCaoPhongDistrict_ContainsNewCaoPhongCommuneButNotPhuTho()
    {
        var graph = await GraphAsync();

        var scope = graph.ScopeOf(await UnitIdAsync(UnitGeneration.Legacy, "154"));

        Assert.Contains(await UnitIdAsync(UnitGeneration.Current, "05089"), scope);
        Assert.Contains(await UnitIdAsync(UnitGeneration.Legacy, "05101"), scope);
        Assert.DoesNotContain(await UnitIdAsync(UnitGeneration.Current, "25"), scope);
        Assert.DoesNotContain(await UnitIdAsync(UnitGeneration.Legacy, "17"), scope);
    }

    [Fact]
    public async Task ScopeOf_LegacyHoaBinhProvince_DoesNotContainCurrentPhuThoProvince()
    {
        var graph = await GraphAsync();

        var scope = graph.ScopeOf(await UnitIdAsync(UnitGeneration.Legacy, "17"));

        Assert.DoesNotContain(await UnitIdAsync(UnitGeneration.Current, "25"), scope);
        Assert.Contains(await UnitIdAsync(UnitGeneration.Current, "05089"), scope);
        Assert.DoesNotContain(await UnitIdAsync(UnitGeneration.Legacy, "26"), scope);
    }

    [Fact]
    public async Task ScopeOf_CurrentPhuThoProvince_ContainsLegacyHoaBinhAndVinhPhuc()
    {
        var graph = await GraphAsync();

        var scope = graph.ScopeOf(await UnitIdAsync(UnitGeneration.Current, "25"));

        Assert.Contains(await UnitIdAsync(UnitGeneration.Legacy, "17"), scope);
        Assert.Contains(await UnitIdAsync(UnitGeneration.Legacy, "154"), scope);
        Assert.Contains(await UnitIdAsync(UnitGeneration.Legacy, "26"), scope);
        Assert.DoesNotContain(await UnitIdAsync(UnitGeneration.Legacy, "01"), scope);
    }

    [Fact]
    public async Task ScopeOf_CurrentCaoPhongCommune_IsItselfAndItsThreePredecessors()
    {
        var graph = await GraphAsync();
        var commune = await UnitIdAsync(UnitGeneration.Current, "05089");

        var scope = graph.ScopeOf(commune);

        int[] expected =
        [
            commune,
            await UnitIdAsync(UnitGeneration.Legacy, "05089"),
            await UnitIdAsync(UnitGeneration.Legacy, "05101"),
            await UnitIdAsync(UnitGeneration.Legacy, "05104"),
        ];
        Assert.Equal(expected.Order(), scope.Order());
    }

    private Task<AdministrativeUnitGraph> GraphAsync() =>
        portal.Services.GetRequiredService<AdministrativeUnitGraphCache>().GetAsync();

    private Task<int> UnitIdAsync(UnitGeneration generation, string code) =>
        portal.WithDbAsync(db => db.AdministrativeUnits
            .Where(u => u.Generation == generation && u.Code == code)
            .Select(u => u.Id)
            .SingleAsync());
}
