using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The reference organisations every installation gets (not only the demo): a department and a centre per province
/// of both generations, the legacy ones ended on 30/06/2025 with successors, and the ministry unit's dated names.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ReferenceOrganisationTests(PortalFactory portal)
{
    private static readonly DateOnly LastLegacyDay = new(2025, 6, 30);
    private static readonly string[] CentrallyRunCities = ["01", "31", "46", "48", "79", "92"];

    [Fact]
    public async Task Seeding_EveryCurrentProvince_HasItsDepartmentByOfficialNameAndACentre()
    {
        var (provinces, organisations) = await LoadAsync(UnitGeneration.Current);

        Assert.Equal(34, provinces.Count);
        foreach (var province in provinces)
        {
            var kind = CentrallyRunCities.Contains(province.Code) ? "thành phố " : "tỉnh ";
            var shortName = province.Name.Replace("Thành phố ", "").Replace("Tỉnh ", "");
            var department = Assert.Single(organisations,
                o => o.ScopeUnitId == province.Id && o.Kind == OrganisationKind.ProvincialDepartment);
            Assert.Equal("Sở Công Thương " + kind + shortName, department.Name);
            Assert.Null(department.ValidTo);
            Assert.Equal(AdministrativeUnit.CurrentValidFrom, department.ValidFrom);
            Assert.Single(organisations,
                o => o.ScopeUnitId == province.Id && o.Kind == OrganisationKind.ProvincialExtensionCentre && o.ValidTo == null);
        }
        Assert.Contains(organisations, o => o.Name == "Sở Công Thương thành phố Hà Nội");
        Assert.Contains(organisations, o => o.Name == "Sở Công Thương thành phố Huế");
        Assert.Contains(organisations, o => o.Name == "Sở Công Thương tỉnh Phú Thọ");
    }

    [Fact]
    public async Task Seeding_EveryLegacyProvince_PairEndedOn30June2025WithTheCurrentProvincesPairAsSuccessor()
    {
        var (provinces, organisations) = await LoadAsync(UnitGeneration.Legacy);
        var conversion = await portal.WithDbAsync(db => db.UnitSuccessions.AsNoTracking()
            .Where(s => s.Predecessor.Level == UnitLevel.Province)
            .ToDictionaryAsync(s => s.PredecessorId, s => s.SuccessorId));
        var links = await portal.WithDbAsync(db => db.OrganisationSuccessions.AsNoTracking()
            .Select(s => new { s.PredecessorId, s.Successor.Kind, s.Successor.ScopeUnitId, s.EffectiveFrom })
            .ToListAsync());

        Assert.Equal(63, provinces.Count);
        foreach (var province in provinces)
        foreach (var kind in new[] { OrganisationKind.ProvincialDepartment, OrganisationKind.ProvincialExtensionCentre })
        {
            var legacy = Assert.Single(organisations, o => o.ScopeUnitId == province.Id && o.Kind == kind);
            Assert.Equal(LastLegacyDay, legacy.ValidTo);
            var link = Assert.Single(links, l => l.PredecessorId == legacy.Id);
            Assert.Equal(kind, link.Kind);
            Assert.Equal(conversion[province.Id], link.ScopeUnitId);
            Assert.Equal(AdministrativeUnit.CurrentValidFrom, link.EffectiveFrom);
        }
        Assert.Contains(organisations, o => o.Name == "Sở Công Thương thành phố Hà Nội");
        Assert.Contains(organisations, o => o.Name == DemoOrganisations.HoaBinhDepartment);
    }

    [Fact]
    public async Task Seeding_HoaBinhDepartment_IsSucceededByPhuTho()
    {
        var successors = await portal.WithDbAsync(db => db.OrganisationSuccessions.AsNoTracking()
            .Where(s => s.Predecessor.Name == DemoOrganisations.HoaBinhDepartment)
            .Select(s => s.Successor.Name).ToListAsync());

        Assert.Equal([DemoOrganisations.PhuThoDepartment], successors);
    }

    [Fact]
    public async Task MinistryUnit_ShowsTheNameInForceOnEachDate()
    {
        var unit = await portal.WithDbAsync(db =>
            db.Organisations.AsNoTracking().SingleAsync(o => o.Name == ReferenceOrganisations.MinistryUnit));

        Assert.Equal(ReferenceOrganisations.MinistryUnitFormerName, unit.NameOn(new DateOnly(2021, 6, 30)));
        Assert.Equal(ReferenceOrganisations.MinistryUnitFormerName, unit.NameOn(new DateOnly(2025, 2, 28)));
        Assert.Equal(ReferenceOrganisations.MinistryUnit, unit.NameOn(new DateOnly(2025, 3, 1)));
        Assert.Null(unit.ValidTo);
        Assert.False(await portal.WithDbAsync(db =>
            db.Organisations.AnyAsync(o => o.Name == ReferenceOrganisations.MinistryUnitFormerName)));
    }

    [Fact]
    public async Task OrganisationList_ShowsTodaysNameOfTheMinistryUnit()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var text = (await client.GetDocumentAsync("/Organisations?q=Cục")).Body!.TextContent;

        Assert.Contains(ReferenceOrganisations.MinistryUnit, text);
        Assert.DoesNotContain(ReferenceOrganisations.MinistryUnitFormerName, text);
    }

    private Task<(List<AdministrativeUnit> Provinces, List<Organisation> Organisations)> LoadAsync(
        UnitGeneration generation) => portal.WithDbAsync(async db =>
    {
        var provinces = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.Generation == generation).ToListAsync();
        var ids = provinces.Select(p => p.Id).ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.ScopeUnitId != null && ids.Contains(o.ScopeUnitId.Value)).ToListAsync();
        return (provinces, organisations);
    });
}
