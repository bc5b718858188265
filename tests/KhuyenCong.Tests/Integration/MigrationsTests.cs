using KhuyenCong.Data;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Each provider's migrations must describe the current model. The context comes from the app's registrations
/// (<see cref="ProviderServices"/>): a context built by hand would report differences that are not there.
/// The host is not started, so no SQL Server is needed: the comparison reads only the migrations' snapshot.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class MigrationsTests(PortalFactory portal)
{
    [Theory]
    [InlineData("Sqlite", "Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData("SqlServer", "Microsoft.EntityFrameworkCore.SqlServer")]
    public void HasPendingModelChanges_AppRegistrations_NoneForEitherProvider(string provider, string expectedProviderName)
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build(provider, folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            Assert.Equal(expectedProviderName, db.Database.ProviderName);
            Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations lag behind the model: add a migration.");
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }

    [Fact]
    public void HasPendingModelChanges_RunningPortalOnSqlite_None()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.True(db.Database.IsSqlite());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(db.Database.GetPendingMigrations());
    }
}
