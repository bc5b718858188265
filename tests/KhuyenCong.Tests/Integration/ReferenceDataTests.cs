using KhuyenCong.Data;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The reference data the portal seeds from its own copy of the statistics office lists (DOMAIN §2, §8).</summary>
[Collection(SharedPortal.Name)]
public sealed class ReferenceDataTests(PortalFactory portal)
{
    [Theory]
    [InlineData(UnitGeneration.Legacy, UnitLevel.Province, 63)]
    [InlineData(UnitGeneration.Legacy, UnitLevel.District, 696)]
    [InlineData(UnitGeneration.Current, UnitLevel.Province, 34)]
    [InlineData(UnitGeneration.Current, UnitLevel.Commune, 3321)]
    [InlineData(UnitGeneration.Current, UnitLevel.District, 0)]
    public async Task AdministrativeUnits_ByGenerationAndLevel_MatchOfficialCounts(UnitGeneration generation, UnitLevel level, int expected)
    {
        var count = await portal.WithDbAsync(db => db.AdministrativeUnits.CountAsync(u => u.Generation == generation && u.Level == level));

        Assert.Equal(expected, count);
    }

    [Fact]
    public async Task AdministrativeUnits_LegacyCommunes_IncludeTheWholeJanuary2025Snapshot()
    {
        var count = await portal.WithDbAsync(db =>
            db.AdministrativeUnits.CountAsync(u => u.Generation == UnitGeneration.Legacy && u.Level == UnitLevel.Commune));

        Assert.InRange(count, 10_051, 10_200);
    }

    [Fact]
    public async Task UnitSuccessions_Provinces_LinkEveryLegacyProvinceOnce()
    {
        var links = await portal.WithDbAsync(db => db.UnitSuccessions
            .Where(s => s.Predecessor.Level == UnitLevel.Province)
            .Select(s => new { From = s.Predecessor.Code, To = s.Successor.Code })
            .ToListAsync());

        Assert.Equal(63, links.Count);
        Assert.Equal(63, links.Select(l => l.From).Distinct().Count());
        Assert.Contains(links, l => l.From == "17" && l.To == "25");
    }

    [Fact]
    public async Task UnitSuccessions_CurrentCaoPhongCommune_FormedFromThreeLegacyCommunes()
    {
        var predecessors = await portal.WithDbAsync(db => db.UnitSuccessions
            .Where(s => s.Successor.Generation == UnitGeneration.Current && s.Successor.Code == "05089")
            .Select(s => s.Predecessor.Code)
            .OrderBy(c => c)
            .ToListAsync());

        Assert.Equal(["05089", "05101", "05104"], predecessors);
    }

    [Fact]
    public async Task ReferenceLists_Seeded_HaveTheDefaultEntries()
    {
        var counts = await portal.WithDbAsync(async db => new
        {
            Activities = await db.ActivityContents.CountAsync(),
            LegalForms = await db.LegalForms.CountAsync(),
            ProductGroups = await db.ProductGroups.CountAsync(),
            Funding = await db.FundingSources.OrderBy(f => f.SortOrder).Select(f => f.Code).ToListAsync(),
        });

        Assert.Equal(13, counts.Activities);
        Assert.Equal(6, counts.LegalForms);
        Assert.Equal(4, counts.ProductGroups);
        Assert.Equal(["KCQG", "KCDP", "DOIUNG", "KHAC"], counts.Funding);
    }

    [Fact]
    public async Task ScoreCriteria_Seeded_FourCriteriaSummingTo100()
    {
        var maxima = await portal.WithDbAsync(db => db.ScoreCriteria.Select(c => c.MaxScore).ToListAsync());

        Assert.Equal(4, maxima.Count);
        Assert.Equal(100, maxima.Sum());
    }

    [Fact]
    public async Task InitialiseAsync_RunAgain_AddsNothing()
    {
        var before = await portal.WithDbAsync(CountAllAsync);
        // The whole reference seeding, as on the first start of a new build (a later start skips it).
        await portal.WithDbAsync(db => db.SeedingStates.ExecuteDeleteAsync());

        await DatabaseInitializer.InitialiseAsync(portal.Services);

        Assert.Equal(before, await portal.WithDbAsync(CountAllAsync));
    }

    private static async Task<string> CountAllAsync(AppDbContext db) => string.Join(", ",
        $"units {await db.AdministrativeUnits.CountAsync()}",
        $"links {await db.UnitSuccessions.CountAsync()}",
        $"organisations {await db.Organisations.CountAsync()}",
        $"users {await db.Users.CountAsync()}",
        $"roles {await db.Roles.CountAsync()}",
        $"user roles {await db.UserRoles.CountAsync()}",
        $"activities {await db.ActivityContents.CountAsync()}",
        $"legal forms {await db.LegalForms.CountAsync()}",
        $"funding {await db.FundingSources.CountAsync()}",
        $"product groups {await db.ProductGroups.CountAsync()}",
        $"criteria {await db.ScoreCriteria.CountAsync()}");
}
