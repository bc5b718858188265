using KhuyenCong.Data;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: the project list's text search reads the FTS5 trigram index on SQLite. It must find exactly what the
/// scan of every row found (name accent- and case-free, or code), and stay in step with every insert, change and
/// delete of a project.
/// </summary>
public sealed class ProjectSearchIndexTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Migrations_ProjectSearch_TableAndItsTriggersExist()
    {
        var names = await portal.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
                "SELECT name AS \"Value\" FROM sqlite_master WHERE name IN ('ProjectSearch', " +
                "'Projects_Search_Insert', 'Projects_Search_Delete', 'Projects_Search_Update')")
            .ToListAsync());

        Assert.Equal(4, names.Count);
        await IntegrityCheckAsync();
    }

    [Theory]
    [InlineData("may")]
    [InlineData("MÁY SẤY")]
    [InlineData("chế biến")]
    [InlineData("o phong")]
    [InlineData("HB-2021")]
    [InlineData("kcqg")]
    [InlineData("ng \"thử")]
    [InlineData("xx")] // shorter than a trigram: the scan
    public async Task Filtered_Text_SameProjectsAsAScanOfEveryRow(string text)
    {
        var (found, expected, sql) = await portal.WithDbAsync(async db =>
        {
            var filter = new ProjectFilter(null, null, null, null, null, null, text);
            var query = ProjectListQuery.Filtered(db, UnitScope.Nationwide, filter);
            var key = VietnameseText.SearchKey(text);
            var code = text.Trim().ToUpperInvariant();
            var all = await db.Projects.AsNoTracking().Select(p => new { p.Id, p.SearchKey, p.Code }).ToListAsync();
            var scan = all.Where(p => p.SearchKey.Contains(key, StringComparison.Ordinal)
                                      || p.Code.Contains(code, StringComparison.Ordinal)).Select(p => p.Id);
            return (await query.Select(p => p.Id).OrderBy(id => id).ToListAsync(), scan.Order().ToList(),
                query.ToQueryString());
        });

        Assert.Equal(expected, found);
        Assert.Equal(text.Trim().Length >= ProjectTextSearch.TrigramLength, sql.Contains("MATCH"));
    }

    [Fact]
    public void MatchExpression_QuotesInTheText_StayInsideOneString()
    {
        Assert.Equal("SearchKey : \"a \"\" b\" OR Code : \"Á \"\" B\"",
            ProjectTextSearch.MatchExpression("a \" b", "Á \" B"));
        Assert.Equal("\"a \"\" b\"", ProjectTextSearch.MatchExpression("a \" b", "A \" B"));
    }

    [Fact]
    public async Task ProjectsIndex_NewDraftThenRenamedThenDeleted_SearchFollowsEachChange()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var fields = ProjectData.Draft(await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment),
            await portal.ContentIdAsync("ND04"), null, name: "Hỗ trợ lò nung gốm Phù Lãng");
        var id = await client.CreateDraftAsync(fields);
        var code = (await portal.ProjectAsync(id)).Code;

        Assert.Contains(code, await ListedCodesAsync(client, "NUNG GOM phu lang"));

        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE Projects SET Name = 'Hỗ trợ máy dệt thổ cẩm', SearchKey = 'ho tro may det tho cam' " +
            "WHERE Id = {0}", id));
        await BumpDataVersionAsync();
        Assert.DoesNotContain(code, await ListedCodesAsync(client, "nung gom phu lang"));
        Assert.Contains(code, await ListedCodesAsync(client, "dệt thổ cẩm"));
        await IntegrityCheckAsync();

        await portal.WithDbAsync(async db =>
        {
            // Projects are never deleted through the portal; the trigger is tested on a bare row.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
            var deleted = await db.Database.ExecuteSqlRawAsync("DELETE FROM Projects WHERE Id = {0}", id);
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
            return deleted;
        });
        await BumpDataVersionAsync();
        Assert.DoesNotContain(code, await ListedCodesAsync(client, "dệt thổ cẩm"));
        await IntegrityCheckAsync();
    }

    /// <summary>
    /// Raw SQL bypasses the audit interceptor; the page cache (keyed by the data version) would serve the list as it
    /// was, so the test moves the counter as every write of the portal does.
    /// </summary>
    private Task<int> BumpDataVersionAsync() => portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
        "UPDATE DataChangeCounter SET Version = Version + 1"));

    private static async Task<List<string>> ListedCodesAsync(HttpClient client, string q)
    {
        var page = await client.GetDocumentAsync("/Projects?q=" + Uri.EscapeDataString(q));
        return page.QuerySelectorAll("table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
    }

    /// <summary>FTS5's own check of an external-content index against its table: throws when they differ.</summary>
    private Task IntegrityCheckAsync() => portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
        "INSERT INTO ProjectSearch(ProjectSearch, rank) VALUES ('integrity-check', 1)"));
}
