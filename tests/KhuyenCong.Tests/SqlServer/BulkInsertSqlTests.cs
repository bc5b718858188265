using System.Text.RegularExpressions;
using KhuyenCong.Data;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.SqlServer;

/// <summary>
/// The SQL Server side of the bulk reference load (issue 16), checked without a server as the repo checks its other
/// SQL Server SQL: the INSERT batches of units and links (explicit keys under IDENTITY_INSERT, within SQL Server's
/// 2,100 parameters and 1,000 rows) and the start-up's seeding-state query parse as SQL Server 2022 T-SQL.
/// </summary>
public sealed class BulkInsertSqlTests
{
    [Theory]
    [InlineData(typeof(AdministrativeUnit), "AdministrativeUnits")]
    [InlineData(typeof(UnitSuccession), "UnitSuccessions")]
    public void Sql_SqlServerBatches_ParseWithinTheParameterLimit(Type entity, string table)
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build("SqlServer", folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(db.Database.IsSqlServer());

            var rows = BulkInsert.RowsPerStatement(db, entity);
            foreach (var count in new[] { 1, rows })
            {
                var sql = BulkInsert.Sql(db, entity, count);
                var result = TSqlCheck.Parse(sql);

                Assert.True(result.Errors.Count == 0,
                    string.Join("\n", result.Errors) + "\n" + sql[..Math.Min(500, sql.Length)]);
                Assert.Equal(3, result.Statements);
                Assert.StartsWith($"SET IDENTITY_INSERT [{table}] ON;", sql);
                Assert.EndsWith($"SET IDENTITY_INSERT [{table}] OFF;{Environment.NewLine}", sql);
                var parameters = Regex.Matches(sql, @"@p\d+").Count;
                Assert.Equal(count * db.Model.FindEntityType(entity)!.GetProperties().Count(), parameters);
                Assert.InRange(parameters, count, 2_000);
            }
            Assert.InRange(rows, 100, 1_000);

            var state = db.SeedingStates.Where(s => s.Name == SeedingState.Reference).ToQueryString();
            Assert.Empty(TSqlCheck.Parse(state).Errors);
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }

    [Fact]
    public void Sql_Sqlite_NoIdentityInsert_SmallStatements()
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build("Sqlite", folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            var sql = BulkInsert.Sql(db, typeof(AdministrativeUnit), 2);

            Assert.StartsWith("INSERT INTO \"AdministrativeUnits\" (", sql);
            Assert.DoesNotContain("IDENTITY_INSERT", sql);
            Assert.InRange(BulkInsert.RowsPerStatement(db, typeof(AdministrativeUnit)) * 12, 12, 500);
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }

    [Fact]
    public void Sql_StartupLock_ParsesAsTSql()
    {
        // Two instances starting together take turns through migration and seeding (sp_getapplock, session-owned).
        Assert.Empty(TSqlCheck.Parse(StartupLock.AcquireSql).Errors);
        Assert.Empty(TSqlCheck.Parse(StartupLock.ReleaseSql).Errors);
    }
}
