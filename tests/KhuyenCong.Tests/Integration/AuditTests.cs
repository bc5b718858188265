using System.Security.Claims;
using System.Text.Json;
using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Audit fields, the concurrency token and the audit log, through the portal's own services: a request scope
/// whose signed-in user is a demo account, so the interceptor reads the user exactly as during a request.
/// Each test saves organisations of its own, on a portal of this class only.
/// </summary>
public sealed class AuditTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Founded = new(2020, 1, 1);

    [Fact]
    public async Task SaveChanges_NewOrganisation_StampsCreatorVersionAndWritesAddedRow()
    {
        var name = UniqueName();

        var id = await CreateOrganisationAsync(name, DemoAccounts.Admin);

        var (organisation, log) = await LoadAsync(id);
        Assert.Equal(DemoAccounts.Admin, organisation.CreatedBy);
        Assert.Equal(DemoAccounts.Admin, organisation.UpdatedBy);
        Assert.Equal(1, organisation.Version);
        var added = Assert.Single(log);
        Assert.Equal("Added", added.Action);
        Assert.Equal(DemoAccounts.Admin, added.UserName);
        Assert.NotNull(added.UserId);
        Assert.Equal(name, Logged(added.NewValues, nameof(Organisation.Name)));
        Assert.Null(added.OldValues);
    }

    [Fact]
    public async Task SaveChanges_UpdatedOrganisation_StampsEditorBumpsVersionAndLogsOldAndNewValues()
    {
        var name = UniqueName();
        var renamed = name + " (đổi tên)";
        var id = await CreateOrganisationAsync(name, DemoAccounts.Admin);

        await InRequestOfAsync(DemoAccounts.MinistryOfficer, async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == id);
            organisation.Update(renamed, OrganisationKind.MinistryServiceUnit, null, Founded);
            await db.SaveChangesAsync();
        });

        var (updated, log) = await LoadAsync(id);
        Assert.Equal(DemoAccounts.Admin, updated.CreatedBy);
        Assert.Equal(DemoAccounts.MinistryOfficer, updated.UpdatedBy);
        Assert.Equal(2, updated.Version);
        var modified = Assert.Single(log, a => a.Action == "Modified");
        Assert.Equal(DemoAccounts.MinistryOfficer, modified.UserName);
        Assert.Equal(name, Logged(modified.OldValues, nameof(Organisation.Name)));
        Assert.Equal(renamed, Logged(modified.NewValues, nameof(Organisation.Name)));
    }

    [Fact]
    public async Task SaveChanges_ConcurrentEdit_ThrowsAndLogsOnlyTheSuccessfulChange()
    {
        var id = await CreateOrganisationAsync(UniqueName(), DemoAccounts.Admin);
        const string first = "Bản sửa thứ nhất", second = "Bản sửa thứ hai";

        await InRequestOfAsync(DemoAccounts.Admin, async one =>
        {
            // A second editor: another context, loaded before the first one saves.
            using var otherScope = portal.Services.CreateScope();
            var two = otherScope.ServiceProvider.GetRequiredService<AppDbContext>();
            var mine = await one.Organisations.SingleAsync(o => o.Id == id);
            var theirs = await two.Organisations.SingleAsync(o => o.Id == id);
            mine.Update(first, mine.Kind, null, Founded);
            await one.SaveChangesAsync();

            theirs.Update(second, theirs.Kind, null, Founded);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());
        });

        var (organisation, log) = await LoadAsync(id);
        Assert.Equal(first, organisation.Name);
        Assert.Equal(2, organisation.Version);
        Assert.Single(log, a => a.Action == "Modified");
        Assert.DoesNotContain(log, a => Logged(a.NewValues, nameof(Organisation.Name)) == second);
    }

    [Fact]
    public async Task SaveChanges_InsideRolledBackTransaction_LeavesNeitherChangeNorAuditRow()
    {
        // The log rows join the caller's transaction, so they can never outlive (or miss) the change they describe.
        var name = UniqueName();

        await InRequestOfAsync(DemoAccounts.Admin, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Organisations.Add(new Organisation(name, OrganisationKind.Ministry, null, Founded));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        Assert.False(await portal.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
        var log = await portal.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(Organisation)).ToListAsync());
        Assert.DoesNotContain(log, a => Logged(a.NewValues, nameof(Organisation.Name)) == name);
    }

    [Fact]
    public async Task SaveChanges_ModifiedAuditRow_ThrowsInvalidOperationAndKeepsRow()
    {
        var id = await CreateOrganisationAsync(UniqueName(), DemoAccounts.Admin);

        await InRequestOfAsync(DemoAccounts.Admin, async db =>
        {
            var row = await db.AuditLog.FirstAsync(a => a.EntityType == nameof(Organisation) && a.EntityKey == Key(id));
            row.UserName = "someone.else@khuyencong.local";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });

        var (_, log) = await LoadAsync(id);
        Assert.Equal(DemoAccounts.Admin, Assert.Single(log).UserName);
    }

    [Fact]
    public async Task SaveChanges_DeletedAuditRow_ThrowsInvalidOperationAndKeepsRow()
    {
        var id = await CreateOrganisationAsync(UniqueName(), DemoAccounts.Admin);

        await InRequestOfAsync(DemoAccounts.Admin, async db =>
        {
            db.AuditLog.Remove(await db.AuditLog.FirstAsync(a => a.EntityType == nameof(Organisation) && a.EntityKey == Key(id)));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });

        var (_, log) = await LoadAsync(id);
        Assert.Single(log);
    }

    [Fact]
    public async Task SaveChanges_OutsideRequest_AttributesChangeToSystem()
    {
        var name = UniqueName();

        var id = await portal.WithDbAsync(async db =>
        {
            var organisation = new Organisation(name, OrganisationKind.ProvincialDepartment,
                await db.AdministrativeUnits.SingleAsync(u => u.Generation == UnitGeneration.Current && u.Code == "25"), Founded);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });

        var (organisation, log) = await LoadAsync(id);
        Assert.Equal("system", organisation.CreatedBy);
        Assert.Equal("system", Assert.Single(log).UserName);
    }

    private static string UniqueName() => $"Đơn vị thử {Guid.NewGuid():N}";

    /// <summary>One property of a logged JSON object (the serializer escapes Vietnamese letters, so compare parsed values).</summary>
    private static string? Logged(string? json, string property)
    {
        if (json is null) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var value) ? value.ToString() : null;
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> CreateOrganisationAsync(string name, string byEmail)
    {
        var id = 0;
        await InRequestOfAsync(byEmail, async db =>
        {
            var organisation = new Organisation(name, OrganisationKind.MinistryServiceUnit, null, Founded);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            id = organisation.Id;
        });
        return id;
    }

    private async Task<(Organisation Organisation, List<AuditLogEntry> Log)> LoadAsync(int id) =>
        await portal.WithDbAsync(async db => (
            await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id),
            await db.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(Organisation) && a.EntityKey == Key(id)).ToListAsync()));

    /// <summary>Runs <paramref name="work"/> in a service scope whose HTTP context is signed in as <paramref name="email"/>.</summary>
    private async Task InRequestOfAsync(string email, Func<AppDbContext, Task> work)
    {
        var user = await portal.FindUserAsync(email);
        Assert.NotNull(user);
        using var scope = portal.Services.CreateScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var previous = accessor.HttpContext;
        accessor.HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, email)], authenticationType: "Test")),
        };
        try
        {
            await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }
}
