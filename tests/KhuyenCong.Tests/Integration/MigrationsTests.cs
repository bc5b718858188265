using KhuyenCong.Data;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Each provider's migrations must describe the current model. The context comes from the registrations
/// Program.cs makes (AddKhuyenCongData + AddKhuyenCongWeb), because Identity's options in DI shape the model
/// (key lengths, schema version): a context built by hand would report differences that are not there.
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
            using var services = AppServices(provider, folder);
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

    private static ServiceProvider AppServices(string provider, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DatabaseProvider"] = provider,
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "model.db")}",
            // Never contacted: the model comparison needs no connection.
            ["ConnectionStrings:SqlServer"] = "Server=127.0.0.1,1;Database=KhuyenCongModelCheck;User Id=sa;Password=unused;TrustServerCertificate=True",
        }).Build();
        var environment = new ProductionEnvironment(folder);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IWebHostEnvironment>(environment);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddKhuyenCongData(configuration, folder);
        services.AddKhuyenCongWeb();
        return services.BuildServiceProvider();
    }

    private sealed class ProductionEnvironment(string root) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "KhuyenCong.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string WebRootPath { get; set; } = root;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
    }
}
