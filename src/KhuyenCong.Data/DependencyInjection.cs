using KhuyenCong.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhuyenCong.Data;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "KhuyenCong.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "KhuyenCong.Migrations.SqlServer";

    /// <summary>
    /// The database: SQLite by default (a file under <paramref name="contentRoot"/>/App_Data), SQL Server when
    /// <c>DatabaseProvider=SqlServer</c>. Each provider has its own migrations assembly.
    /// </summary>
    public static IServiceCollection AddKhuyenCongData(this IServiceCollection services, IConfiguration configuration,
        string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, SystemUser>();
        services.AddScoped<AuditSaveChangesInterceptor>();
        services.AddSingleton<Cycle.ClosedYearGuard>();
        services.AddScoped<Projects.ProjectRules>();
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            var provider = configuration["DatabaseProvider"] ?? "Sqlite";
            // Issue 16: the compiled model saves building the model on each start (CompiledModels). The EF tools
            // (migrations, `dbcontext optimize`) build it from the code instead, so a compiled model that lags behind
            // the code never stands in the way of regenerating it.
            // Issue 16: a list in a query (a province's ~250 units in scope, a round's recipients) travels as one
            // JSON parameter (json_each / OPENJSON), not one parameter per element: the SQL text and its cached
            // plan stay the same whatever the list's length, and SQL Server's 2,100-parameter limit is never met.
            if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
            {
                var connection = configuration.GetConnectionString("SqlServer")
                                 ?? throw new InvalidOperationException("DatabaseProvider=SqlServer needs " +
                                     "ConnectionStrings:SqlServer.");
                options.UseSqlServer(connection, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                if (!EF.IsDesignTime) options.UseModel(CompiledModels.For(SqlServerMigrationsAssembly));
            }
            else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                options.UseSqlite(SqliteConnectionString(configuration, contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                if (!EF.IsDesignTime) options.UseModel(CompiledModels.For(SqliteMigrationsAssembly));
            }
            else
            {
                throw new InvalidOperationException($"Unknown DatabaseProvider '{provider}': use Sqlite or SqlServer.");
            }
            // The closed-year check first: a refusal then leaves no transaction open.
            options.AddInterceptors(sp.GetRequiredService<Cycle.ClosedYearGuard>(),
                sp.GetRequiredService<AuditSaveChangesInterceptor>());
        });
        return services;
    }

    private static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Sqlite") ?? "Data Source=App_Data/khuyencong.db");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
