using KhuyenCong.Data;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// The app's own registrations (AddKhuyenCongData + AddKhuyenCongWeb, as Program.cs makes them) for one database
/// provider, without starting a host. Identity's options in DI shape the model (key lengths, schema version), so a
/// context built by hand would differ from the deployed one. The SQL Server connection string is never contacted:
/// model comparison, script generation and ToQueryString need no server.
/// </summary>
public static class ProviderServices
{
    public const string UnusedSqlServer = "Server=127.0.0.1,1;Database=KhuyenCongModelCheck;User Id=sa;Password=unused;TrustServerCertificate=True";

    public static ServiceProvider Build(string provider, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DatabaseProvider"] = provider,
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "model.db")}",
            ["ConnectionStrings:SqlServer"] = UnusedSqlServer,
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
