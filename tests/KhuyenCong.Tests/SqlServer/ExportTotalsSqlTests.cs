using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.SqlServer;

/// <summary>
/// The figures the long exports read before their rows (the grand totals that size the streamed workbook's columns)
/// translate on SQL Server and parse as T-SQL. Nothing is executed, so errors SQL Server raises only when it compiles
/// a statement (an aggregate over a subquery, Msg 130) are not caught here: the queries avoid them by their shape
/// (plain aggregates, written so in ReportQuery).
/// </summary>
public sealed class ExportTotalsSqlTests
{
    [Fact]
    public void ToQueryString_ExportTotals_TranslateAndParseOnSqlServer()
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build("SqlServer", folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reports = scope.ServiceProvider.GetRequiredService<ReportQuery>();
            var unitScope = UnitScope.Of(new HashSet<int> { 1, 2, 3, 40 });
            var filter = new ReportFilter(2021, ReportPeriod.Year, BoundaryView.Current);
            var filtered = ProjectListQuery.Filtered(db, unitScope,
                new ProjectFilter(2021, null, "48", ProjectStatus.Approved, null, null, null));
            IQueryable[] queries =
            [
                reports.ImplementationSums(unitScope, filter), reports.ImplementationCounterparts(unitScope, filter),
                reports.ImplementationDisbursed(unitScope, filter), RegistrationExport.Totals(filtered),
            ];

            foreach (var query in queries)
            {
                var sql = query.ToQueryString();
                var result = TSqlCheck.Parse(sql);
                Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors) + "\n" + sql);
                Assert.True(result.Statements >= 1, sql);
            }
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }
}
