using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Features.Dashboard;
using KhuyenCong.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KhuyenCong.Tests.SqlServer;

/// <summary>
/// The SQL the SqlServer provider generates for the budget overview, the project list and the dashboard, with
/// typical filters, nationwide and for a province scope: every query must translate (ToQueryString throws when it
/// does not) and parse as SQL Server 2022 T-SQL. Nothing is executed; the connection string is never contacted.
/// </summary>
public sealed class SqlServerQueryTests(ITestOutputHelper output)
{
    private static readonly UnitScope ProvinceScope = UnitScope.Of(new HashSet<int> { 1, 2, 3, 40 });

    private static readonly (string Name, UnitScope Scope)[] Scopes = [("nationwide", UnitScope.Nationwide), ("province scope", ProvinceScope)];

    [Fact]
    public void ToQueryString_SqlServerBudgetProjectsDashboard_TranslateAndParse()
    {
        var folder = TestDirectories.NewFolder();
        try
        {
            using var services = ProviderServices.Build("SqlServer", folder);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(db.Database.IsSqlServer());
            var overview = scope.ServiceProvider.GetRequiredService<BudgetOverviewQuery>();
            var dashboard = scope.ServiceProvider.GetRequiredService<DashboardQuery>();

            var queries = new List<(string Name, Func<IQueryable> Query)>();
            foreach (var (scopeName, unitScope) in Scopes)
            {
                AddBudget(queries, overview, scopeName, unitScope);
                AddProjectList(queries, db, scopeName, unitScope);
                AddDashboard(queries, overview, dashboard, scopeName, unitScope);
            }

            var failures = new List<string>();
            var statements = 0;
            foreach (var (name, query) in queries)
            {
                string sql;
                try
                {
                    sql = query().ToQueryString();
                }
                catch (Exception ex)
                {
                    failures.Add($"{name}: does not translate on SQL Server: {ex.GetType().Name}: {ex.Message}");
                    continue;
                }
                var result = TSqlCheck.Parse(sql);
                statements += result.Statements;
                if (result.Errors.Count > 0) failures.Add($"{name}:\n{string.Join("\n", result.Errors)}\n{sql}");
            }

            output.WriteLine($"{queries.Count} queries, {statements} statements parsed, {failures.Count} failures");
            Assert.True(failures.Count == 0, $"{failures.Count} of {queries.Count} queries fail on SQL Server:\n\n{string.Join("\n\n", failures)}");
        }
        finally
        {
            TestDirectories.TryDelete(folder);
        }
    }

    private static void AddBudget(List<(string, Func<IQueryable>)> queries, BudgetOverviewQuery overview, string scopeName, UnitScope scope)
    {
        BudgetFilter[] filters =
        [
            new(2025, null, null),
            new(2025, Fund.Kcdp, "48"),
            new(2025, Fund.Kcqg, null, ["48", "49"]),
        ];
        foreach (var filter in filters)
        {
            var label = $"budget overview, {scopeName}, {filter}";
            queries.Add(($"{label}: plans", () => overview.Sources(scope, filter).Plans));
            queries.Add(($"{label}: allocated", () => overview.Sources(scope, filter).Allocated));
            queries.Add(($"{label}: execution", () => overview.Sources(scope, filter).Execution));
        }
        queries.Add(($"allocated by province, {scopeName}", () => overview.AllocatedByProvince(scope, 2025, null)));
        queries.Add(($"allocated by province decided by a day, {scopeName}", () => overview.AllocatedByProvince(scope, 2025, new DateOnly(2025, 6, 30))));
        queries.Add(($"province options, {scopeName}", () => overview.ProvinceUnits(scope)));
        foreach (var filter in filters)
        {
            var label = $"budget by province, {scopeName}, {filter}";
            queries.Add(($"{label}: estimates", () => overview.ByProvinceSources(scope, filter).Estimates));
            queries.Add(($"{label}: allocated", () => overview.ByProvinceSources(scope, filter).Allocated));
            queries.Add(($"{label}: execution", () => overview.ByProvinceSources(scope, filter).Execution));
        }
    }

    /// <summary>The list page's query as ProjectsController.Index pages it (page 2), with typical filters.</summary>
    private static void AddProjectList(List<(string, Func<IQueryable>)> queries, AppDbContext db, string scopeName, UnitScope scope)
    {
        ProjectFilter[] filters =
        [
            new(null, null, null, null, null, null, null),
            new(2025, Fund.Kcdp, "48", ProjectStatus.Approved, 3, ProjectKind.Single, "Đà Nẵng mây tre"),
            new(2024, Fund.Kcqg, null, null, null, null, "kcqg-2024"),
        ];
        foreach (var filter in filters)
        {
            queries.Add(($"project list, {scopeName}, {filter}",
                () => ProjectListQuery.Rows(ProjectListQuery.Filtered(db, scope, filter).AsNoTracking()).Skip(25).Take(25)));
        }
    }

    private static void AddDashboard(List<(string, Func<IQueryable>)> queries, BudgetOverviewQuery overview, DashboardQuery dashboard,
        string scopeName, UnitScope scope)
    {
        var officer = User(RoleNames.Leader);
        var councilOnly = User(RoleNames.CouncilMember);
        foreach (var codes in new List<string>?[] { null, ["48", "49"] })
        {
            var label = $"dashboard, {scopeName}, provinces {(codes is null ? "all" : string.Join("+", codes))}";
            var budget = new BudgetFilter(2025, null, null, codes);
            queries.Add(($"{label}: budget plans", () => overview.Sources(scope, budget).Plans));
            queries.Add(($"{label}: budget allocated", () => overview.Sources(scope, budget).Allocated));
            queries.Add(($"{label}: budget execution", () => overview.Sources(scope, budget).Execution));
            queries.Add(($"{label}: trend estimates", () => dashboard.TrendSources(scope, 2021, 2025, codes).Estimates));
            queries.Add(($"{label}: trend allocated", () => dashboard.TrendSources(scope, 2021, 2025, codes).Allocated));
            queries.Add(($"{label}: trend disbursed", () => dashboard.TrendSources(scope, 2021, 2025, codes).Disbursed));
            queries.Add(($"{label}: product entries", () => dashboard.EntryCounts(officer, scope, 2025, codes, null)));
            queries.Add(($"{label}: product entries certified by a day", () => dashboard.EntryCounts(officer, scope, 2025, codes, new DateOnly(2025, 12, 31))));
        }
        queries.Add(($"dashboard, {scopeName}: allocated by province", () => overview.AllocatedByProvince(scope, 2025, null)));
        queries.Add(($"dashboard, {scopeName}: the year's projects", () => dashboard.YearProjects(scope, 2025, false)));
        queries.Add(($"dashboard, {scopeName}: the year's projects by area", () => dashboard.YearProjects(scope, 2025, true)));
        queries.Add(($"dashboard, {scopeName}: product groups", () => dashboard.Groups()));
        queries.Add(($"dashboard, {scopeName}: rounds (officer)", () => dashboard.RoundIds(officer, scope, 2025)));
        queries.Add(($"dashboard, {scopeName}: rounds (council member only)", () => dashboard.RoundIds(councilOnly, scope, 2025)));
        queries.Add(($"dashboard, {scopeName}: product entries (council member only)", () => dashboard.EntryCounts(councilOnly, scope, 2025, null, null)));
    }

    private static ClaimsPrincipal User(string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "user-1"), new Claim(ClaimTypes.Role, role)], "Test"));
}
