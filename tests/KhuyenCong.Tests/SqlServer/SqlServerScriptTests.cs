using KhuyenCong.Data;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KhuyenCong.Tests.SqlServer;

/// <summary>
/// The SQL Server deployment script, kept honest without a server: generated in-process from the app's own
/// registrations (as `dotnet ef migrations script --idempotent` would) and parsed as SQL Server 2022 T-SQL.
/// </summary>
public sealed class SqlServerScriptTests(ITestOutputHelper output)
{
    [Fact]
    public void GenerateScript_IdempotentSqlServer_ParsesWithoutErrors()
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build("SqlServer", folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(db.Database.IsSqlServer());

            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            var result = TSqlCheck.Parse(script);

            output.WriteLine($"{result.Batches} batches, {result.Statements} statements parsed, {result.Errors.Count} errors");
            Assert.True(result.Errors.Count == 0,
                $"The SQL Server idempotent script has {result.Errors.Count} T-SQL parse error(s):\n{string.Join("\n", result.Errors)}");
            var migrations = db.Database.GetMigrations().ToList();
            Assert.NotEmpty(migrations);
            Assert.All(migrations, id => Assert.Contains($"N'{id}'", script));
            Assert.True(result.Statements > migrations.Count, $"Only {result.Statements} statements were parsed.");
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }

    /// <summary>The check itself: a broken batch and a broken statement hidden in EXEC(N'...') are both reported, with their place.</summary>
    [Fact]
    public void Parse_BrokenBatchAndDynamicSql_ReportsEachWithLine()
    {
        var result = TSqlCheck.Parse("SELECT 1;\nGO\nSELECT [Id] FROM WHERE 1 = 1;\nGO\nIF 1 = 1\nBEGIN\n    EXEC(N'CREATE INDEX [IX] ON [T] ([A]) WHERE');\nEND;\n");

        Assert.Equal(3, result.Batches);
        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith("line 1 (script line 3)", result.Errors[0]);
        Assert.StartsWith("EXEC at script line 7", result.Errors[1]);
        Assert.Contains("CREATE INDEX [IX]", result.Errors[1]);
    }
}
