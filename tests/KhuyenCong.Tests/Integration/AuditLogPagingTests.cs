using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.AuditLog;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: the audit log pages by key (ids older than the page's last). SQL Server skips identity values after a
/// failed insert or a restart; a gap in the ids must make no page short or empty, and going back must show the same
/// pages.
/// </summary>
public sealed class AuditLogPagingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Index_GapInTheIds_EveryPageFullOlderThenNewerTheSamePages()
    {
        // Signed in first: the sign-in itself may add rows to the log.
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);
        // A gap of 120 ids inside the second and third pages, as SQL Server leaves after a restart.
        await portal.WithDbAsync(async db =>
        {
            var newest = await db.AuditLog.MaxAsync(a => a.Id);
            return await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM AuditLog WHERE Id BETWEEN {0} AND {1}", newest - 180, newest - 61);
        });
        var ids = await portal.WithDbAsync(db => db.AuditLog.OrderByDescending(a => a.Id).Select(a => a.Id)
            .Take(4 * AuditLogController.PageSize).ToListAsync());

        var url = "/AuditLog";
        var older = new List<string>();
        for (var page = 0; page < 4; page++)
        {
            var document = await client.GetDocumentAsync(url);
            Assert.Equal(AuditLogController.PageSize, document.QuerySelectorAll("table tbody tr").Length);
            var next = document.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
            Assert.Equal($"/AuditLog?before={ids[(page + 1) * AuditLogController.PageSize - 1]}", next);
            older.Add(url);
            url = next;
        }

        // Back from the fifth page: "newer" shows the fourth, third, … page again, ending on the newest.
        var html = await client.GetStringAsync(url);
        for (var page = 3; page >= 0; page--)
        {
            var document = PortalClientExtensions.ParseHtml(html);
            var newer = document.QuerySelector("a[rel=prev]")!.GetAttribute("href")!;
            html = await client.GetStringAsync(newer);
            Assert.Equal(await RowsAsync(client, older[page]), Rows(PortalClientExtensions.ParseHtml(html)));
        }
        Assert.Contains("disabled", PortalClientExtensions.ParseHtml(html).QuerySelector("a[rel=prev]")!
            .ParentElement!.ClassName);
    }

    [Fact]
    public async Task Index_FilteredByEntity_OlderPageKeepsTheFilter()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);

        var first = await client.GetDocumentAsync("/AuditLog?entity=Project");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        Assert.StartsWith("/AuditLog?entity=Project&before=", next);
        Assert.All(second.QuerySelectorAll("table tbody tr td:nth-child(3)"),
            td => Assert.StartsWith("Project ", td.TextContent.Trim()));
        Assert.NotEqual(Rows(first), Rows(second));
    }

    private static async Task<List<string>> RowsAsync(HttpClient client, string url) =>
        Rows(await client.GetDocumentAsync(url));

    private static List<string> Rows(AngleSharp.Html.Dom.IHtmlDocument document) =>
        document.QuerySelectorAll("table tbody tr").Select(tr => tr.TextContent.Trim()).ToList();
}
