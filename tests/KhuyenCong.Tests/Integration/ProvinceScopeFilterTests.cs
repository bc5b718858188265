using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: projects are scoped by their stored province code where a scope holds whole provinces. That is only
/// right while each project's code is its unit's province code, and the filter must pick exactly the projects of
/// the scope's units, for every organisation of the demo.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ProvinceScopeFilterTests(PortalFactory portal)
{
    [Fact]
    public async Task Projects_StoredProvinceCode_IsTheLocationUnitsProvinceCode()
    {
        var differing = await portal.WithDbAsync(db => db.Projects
            .Where(p => p.ProvinceCode != p.LocationUnit!.ProvinceCode).Select(p => p.Code).ToListAsync());

        Assert.Empty(differing);
    }

    [Fact]
    public async Task InScope_EveryOrganisationsScope_SameProjectsByCodesAsByUnits()
    {
        var graph = await portal.Services.GetRequiredService<AdministrativeUnitGraphCache>().GetAsync();
        var roots = await portal.WithDbAsync(db => db.Organisations.Where(o => o.ScopeUnitId != null)
            .Select(o => o.ScopeUnitId!.Value).Distinct().ToListAsync());
        var wholeProvinceScopes = 0;
        foreach (var root in roots)
        {
            var units = graph.ScopeOf(root);
            var split = graph.ScopeFilter(units);
            if (split.WholeProvinceCodes.Count > 0) wholeProvinceScopes++;
            var (byCodes, byUnits) = await portal.WithDbAsync(async db => (
                await db.Projects.InScope(split).Select(p => p.Id).OrderBy(id => id).ToListAsync(),
                await db.Projects.InScope(UnitScope.Of(units)).Select(p => p.Id).OrderBy(id => id).ToListAsync()));
            Assert.Equal(byUnits, byCodes);
        }
        Assert.True(wholeProvinceScopes >= 34, $"only {wholeProvinceScopes} scopes held a whole province");
    }

    [Fact]
    public async Task ScopeFilter_PhuThoAfterTheReform_ThreeWholeProvincesNoUnitList()
    {
        var graph = await portal.Services.GetRequiredService<AdministrativeUnitGraphCache>().GetAsync();
        var phuTho = await portal.WithDbAsync(db => db.AdministrativeUnits
            .Where(u => u.Code == "25" && u.Generation == UnitGeneration.Current).Select(u => u.Id).SingleAsync());

        var scope = graph.ScopeFilter(graph.ScopeOf(phuTho));

        // Phú Thọ, Vĩnh Phúc and Hòa Bình merged into the current Phú Thọ (25, as the legacy Phú Thọ).
        Assert.Equal(["17", "25", "26"], scope.WholeProvinceCodes.Order());
        Assert.Empty(scope.UnitsOutsideWholeProvinces);
    }
}
