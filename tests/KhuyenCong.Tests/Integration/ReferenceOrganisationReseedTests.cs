using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Seeding runs on every start: on a database that has everything, it adds and changes nothing.</summary>
public sealed class ReferenceOrganisationReseedTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Initialise_AgainOnASeededDatabase_AddsNoOrganisationOrLink()
    {
        var before = await CountsAsync();
        // The whole reference seeding, as on the first start of a new build (a later start skips it).
        await portal.WithDbAsync(db => db.SeedingStates.ExecuteDeleteAsync());

        await DatabaseInitializer.InitialiseAsync(portal.Services);

        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int, int, int, int)> CountsAsync() => portal.WithDbAsync(async db => (
        await db.Organisations.CountAsync(),
        await db.OrganisationSuccessions.CountAsync(),
        await db.Users.CountAsync(),
        await db.AuditLog.CountAsync(a => a.EntityType == "Organisation")));
}
