using KhuyenCong.Data;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: the list page's text search tests a common text row by row along the list's order and counts a bounded
/// number of matches ("hơn …"), a rare one through the FTS5 index. Either way a page holds the same projects, in the
/// same order, as the exact query (<see cref="ProjectListQuery.Filtered"/> paged with a full count).
/// </summary>
public sealed class ProjectListSearchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Above <see cref="ProjectTextSearch.CommonHits"/>: the common-text way, real thresholds.</summary>
    private const int Copies = ProjectTextSearch.CommonHits + 100;

    [Theory]
    [InlineData("chế biến")]
    [InlineData("kcdp")]
    [InlineData("HB-2021")]
    [InlineData("máy")]
    [InlineData("o phong")]
    [InlineData("xx")] // shorter than a trigram: the scan either way
    [InlineData("không có đề án này")]
    public async Task ListPageAsync_Text_SameRowsAndCountAsTheExactQuery(string text)
    {
        var filter = new ProjectFilter(null, null, null, null, null, null, text);
        foreach (var scope in await ScopesAsync())
        {
            // commonHits 1 sends every text of three characters or more the row-by-row way.
            foreach (var commonHits in new[] { 1, ProjectTextSearch.CommonHits })
            {
                for (var page = 1; page <= 3; page++)
                {
                    var (exact, listed) = await portal.WithDbAsync(async db => (
                        await ProjectListQuery.PageAsync(db, ProjectListQuery.Filtered(db, scope, filter), page,
                            CancellationToken.None),
                        await ProjectListQuery.ListPageAsync(db, scope, filter, page, CancellationToken.None,
                            commonHits: commonHits)));

                    Assert.Equal(exact.Items.Select(r => r.Id), listed.Items.Select(r => r.Id));
                    Assert.Equal((exact.Page, exact.Total), (listed.Page, listed.Total));
                    Assert.False(listed.TotalIsAtLeast);
                }
            }
        }
    }

    [Fact]
    public async Task ListPageAsync_MoreMatchesThanTheCountLimit_SaysAtLeastAndKeepsEachPagesRows()
    {
        var filter = new ProjectFilter(null, null, null, null, null, null, "kcqg");
        for (var page = 1; page <= 2; page++)
        {
            var (exact, listed) = await portal.WithDbAsync(async db => (
                await ProjectListQuery.PageAsync(db, ProjectListQuery.Filtered(db, UnitScope.Nationwide, filter), page,
                    CancellationToken.None),
                await ProjectListQuery.ListPageAsync(db, UnitScope.Nationwide, filter, page, CancellationToken.None,
                    countLimit: 5, commonHits: 1)));

            Assert.True(exact.Total > 25 + 5, $"the demo has only {exact.Total} KCQG projects");
            Assert.Equal(exact.Items.Select(r => r.Id), listed.Items.Select(r => r.Id));
            Assert.True(listed.TotalIsAtLeast);
            Assert.Equal((page - 1) * 25 + 5, listed.Total);
        }
    }

    [Fact]
    public async Task ProjectsIndex_CommonText_PageSaysMoreThanAndListsTheExactOrder()
    {
        await CopiesAsync();
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var first = await client.GetDocumentAsync("/Projects?q=" + Uri.EscapeDataString("nón lá bài thơ"));
        var third = await client.GetDocumentAsync("/Projects?q=non+la+bai+tho&page=3");

        var expected = await portal.WithDbAsync(async db =>
        {
            var filtered = ProjectListQuery.Filtered(db, UnitScope.Nationwide,
                new ProjectFilter(null, null, null, null, null, null, "non la bai tho"));
            return (await filtered.OrderByDescending(p => p.Year).ThenBy(p => p.Code).Select(p => p.Code)
                .ToListAsync()).Chunk(25).ToList();
        });
        Assert.Equal(Copies, expected.Sum(c => c.Length));
        Assert.Equal(expected[0], Codes(first));
        Assert.Equal(expected[2], Codes(third));
        Assert.Contains("Tổng số: hơn 250 – trang 1", first.Body!.TextContent);
        Assert.Contains("Tổng số: hơn 300 – trang 3", third.Body!.TextContent);
        Assert.NotNull(first.QuerySelector("a.page-link[href*='page=2']"));
    }

    [Fact]
    public async Task ProjectsIndex_CommonTextInEnglish_SaysMoreThan()
    {
        await CopiesAsync();
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await client.GetDocumentAsync("/Projects?q=non+la+bai+tho");

        Assert.Contains("Total: more than 250 – page 1", page.Body!.TextContent);
        Assert.Equal(25, Codes(page).Count);
    }

    [Fact]
    public async Task ProjectsIndex_PagePastTheEndOfAShortSearch_ShowsTheLastPageWithItsExactCount()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        var total = await portal.WithDbAsync(db => ProjectListQuery.Filtered(db, UnitScope.Nationwide,
            new ProjectFilter(null, null, null, null, null, null, "kcdp")).CountAsync());

        var page = await client.GetDocumentAsync("/Projects?q=kcdp&page=999");

        Assert.InRange(total, 1, 25);
        Assert.Equal(total, Codes(page).Count);
        Assert.Contains($"Tổng số: {total} – trang 1/1", page.Body!.TextContent);
    }

    private static List<string> Codes(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#projects tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>Nationwide and every demo organisation's own area (a province, a district, a commune).</summary>
    private async Task<List<UnitScope>> ScopesAsync()
    {
        var graph = await portal.Services.GetRequiredService<AdministrativeUnitGraphCache>().GetAsync();
        var roots = await portal.WithDbAsync(db => db.Organisations.Where(o => o.ScopeUnitId != null)
            .Select(o => o.ScopeUnitId!.Value).Distinct().OrderBy(id => id).Take(6).ToListAsync());
        return [UnitScope.Nationwide, .. roots.Select(root => graph.ScopeFilter(graph.ScopeOf(root)))];
    }

    private static readonly SemaphoreSlim Once = new(1, 1);

    /// <summary>
    /// More copies of one demo project (new codes, one common name) than <see cref="ProjectTextSearch.CommonHits"/>,
    /// written with SQL as the national generator does: the FTS5 triggers index them like any project.
    /// </summary>
    private async Task CopiesAsync()
    {
        await Once.WaitAsync();
        try
        {
            await portal.WithDbAsync(async db =>
            {
                if (await db.Projects.AnyAsync(p => p.Code.StartsWith("TEST-NLBT-"))) return 0;
                var columns = await db.Database.SqlQueryRaw<string>(
                    "SELECT name AS \"Value\" FROM pragma_table_info('Projects') WHERE name NOT IN " +
                    "('Id', 'Code', 'Name', 'SearchKey')").ToListAsync();
                var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
                // The column names come from the table itself.
                var sql = $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Copies}) " +
                    $"INSERT INTO Projects (Code, Name, SearchKey, {list}) " +
                    "SELECT printf('TEST-NLBT-%05d', n.i), 'Sản xuất nón lá bài thơ ' || n.i, " +
                    $"'san xuat non la bai tho ' || n.i, {list} FROM n, " +
                    "(SELECT * FROM Projects ORDER BY Id LIMIT 1)";
                return await db.Database.ExecuteSqlRawAsync(sql);
            });
        }
        finally
        {
            Once.Release();
        }
    }
}
