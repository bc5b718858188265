using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration.Seeding;

/// <summary>
/// Issue 16, later starts: reference seeding runs once per build and database (its <see cref="SeedingState"/>), is
/// skipped while the state names this build, and runs again when it does not (a database from an older build).
/// </summary>
public sealed class ReferenceSeedingSkipTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Initialise_SameBuild_SkipsReferenceSeeding_OlderState_RunsItAgain()
    {
        var state = await portal.WithDbAsync(db => db.SeedingStates.AsNoTracking().SingleAsync());
        Assert.Equal((SeedingState.Reference, ReferenceFingerprint.Current), (state.Name, state.Fingerprint));
        // A default cap as an older release left it: the reference seeding would complete it.
        var id = await portal.WithDbAsync(db => db.SupportCaps.Where(c => c.ProvinceUnitId == null
            && c.ActivityContent!.Code == "ND03" && c.ValidFrom == new DateOnly(2020, 11, 24)).Select(c => c.Id)
            .SingleAsync());
        await portal.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE SupportCaps SET LegalInstrument = '', Multiplier = 0 WHERE Id = {id}"));

        await DatabaseInitializer.InitialiseAsync(portal.Services);

        var skipped = await portal.WithDbAsync(db => db.SupportCaps.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("", CapMultiplier.PerEstablishment), (skipped.LegalInstrument, skipped.Multiplier));
        Assert.Equal(state.CompletedAtUtc,
            (await portal.WithDbAsync(db => db.SeedingStates.AsNoTracking().SingleAsync())).CompletedAtUtc);

        await portal.WithDbAsync(db => db.SeedingStates.ExecuteUpdateAsync(
            set => set.SetProperty(s => s.Fingerprint, "an older build")));
        await DatabaseInitializer.InitialiseAsync(portal.Services);

        var seeded = await portal.WithDbAsync(db => db.SupportCaps.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("Thông tư 28/2018/TT-BTC", CapMultiplier.PerDemonstrationModel),
            (seeded.LegalInstrument, seeded.Multiplier));
        var again = await portal.WithDbAsync(db => db.SeedingStates.AsNoTracking().SingleAsync());
        Assert.Equal(ReferenceFingerprint.Current, again.Fingerprint);
        Assert.True(again.CompletedAtUtc > state.CompletedAtUtc);
    }

    [Fact]
    public async Task UnitAddedAfterTheBulkLoad_TakesTheNextKeys()
    {
        var (units, links) = await portal.WithDbAsync(async db =>
            (await db.AdministrativeUnits.MaxAsync(u => u.Id), await db.UnitSuccessions.MaxAsync(s => s.Id)));

        var (unitId, linkId) = await portal.WithDbAsync(async db =>
        {
            var province = await db.AdministrativeUnits.SingleAsync(u => u.Generation == UnitGeneration.Legacy
                && u.Code == "17");
            var successor = await db.AdministrativeUnits.SingleAsync(u => u.Generation == UnitGeneration.Current
                && u.Code == "25");
            var district = new AdministrativeUnit("990", "Huyện Thử", "Huyện", UnitLevel.District,
                UnitGeneration.Legacy, province);
            var link = new UnitSuccession(district, successor, "Thử");
            db.AdministrativeUnits.Add(district);
            db.UnitSuccessions.Add(link);
            await db.SaveChangesAsync();
            return (district.Id, link.Id);
        });

        Assert.Equal((units + 1, links + 1), (unitId, linkId));
    }
}
