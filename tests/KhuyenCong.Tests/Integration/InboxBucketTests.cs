using System.Globalization;
using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The inbox shows each bucket's first 50 projects (issue 16). A longer bucket says how many it shows of how many
/// ("50 / 1.234", as the reader writes numbers) and links to the whole bucket, a page at a time.
/// </summary>
public sealed class InboxBucketTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Drafter = DemoAccounts.PhuThoDepartment;
    private const string DraftBucket = "section[data-bucket='Draft']";

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>
    /// <paramref name="copies"/> more drafts of the same officer, written at once (the import takes 500 rows a file),
    /// then the change counter moved as the portal's own writes move it.
    /// </summary>
    private Task CopyAsync(int id, int copies) => portal.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('Projects')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }
        columns.Remove("Id");
        var values = columns.Select(c => c == "Code" ? "\"Code\" || '-' || printf('%04d', n.i)" : $"\"{c}\"");
        var sql = $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {copies}) " +
                  $"INSERT INTO Projects ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                  $"SELECT {string.Join(", ", values)} FROM Projects, n WHERE Projects.Id = {id}";
        await db.Database.ExecuteSqlRawAsync(sql);
        return await db.Database.ExecuteSqlRawAsync("UPDATE DataChangeCounter SET Version = Version + 1");
    });

    private async Task<int> DraftsAsync(string email)
    {
        var user = (await portal.FindUserAsync(email))!;
        return await portal.WithDbAsync(db => db.Projects.CountAsync(p =>
            p.Status == KhuyenCong.Domain.Projects.ProjectStatus.Draft && p.CreatedByUserId == user.Id));
    }

    private static async Task SwitchAsync(HttpClient client, string culture)
    {
        var token = await client.GetSignedInTokenAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.PostAsync("/Home/Language",
            new FormUrlEncodedContent([new(PortalClientExtensions.TokenField, token), new("culture", culture)])));
    }

    [Fact]
    public async Task LongBucket_ShowsFiftyOfItsTotal_AndLinksToEveryPageOfIt()
    {
        var drafter = await As(Drafter);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var id = await drafter.CreateDraftAsync(
            ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary, "Dự thảo nhiều bản"));
        await CopyAsync(id, 1_100);
        var total = await DraftsAsync(Drafter);
        Assert.True(total > 1_100);

        var inbox = await drafter.GetDocumentAsync("/Inbox");
        var bucket = inbox.QuerySelector(DraftBucket)!;
        Assert.Equal(50, bucket.QuerySelectorAll("li").Length);
        var count = bucket.QuerySelector("[data-count]")!;
        Assert.Equal($"50 / {total.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}",
            count.TextContent.Trim());
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), count.GetAttribute("data-total"));
        var all = bucket.QuerySelector("a[data-bucket-all]")!;
        Assert.Equal("/Inbox/Bucket?status=Draft", all.GetAttribute("href"));
        Assert.Contains(total.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), all.TextContent);

        // Every page of the bucket: 50 rows, the last one the rest, each project once.
        var pages = (total + 49) / 50;
        var first = await drafter.GetDocumentAsync("/Inbox/Bucket?status=Draft");
        Assert.Equal(50, first.QuerySelectorAll($"{DraftBucket} li a").Length);
        Assert.Contains($"Tổng số: {total.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} – trang 1/{pages}",
            first.QuerySelector("main")!.TextContent);
        var last = await drafter.GetDocumentAsync($"/Inbox/Bucket?status=Draft&page={pages}");
        Assert.Equal(total - (pages - 1) * 50, last.QuerySelectorAll($"{DraftBucket} li a").Length);
        Assert.NotEqual(first.QuerySelector($"{DraftBucket} li a")!.GetAttribute("href"),
            last.QuerySelector($"{DraftBucket} li a")!.GetAttribute("href"));

        // In English the same figures, written the English way.
        await SwitchAsync(drafter, "en");
        var english = (await drafter.GetDocumentAsync("/Inbox")).QuerySelector(DraftBucket)!;
        Assert.Equal($"50 / {total.ToString("N0", CultureInfo.GetCultureInfo("en"))}",
            english.QuerySelector("[data-count]")!.TextContent.Trim());
        Assert.Equal($"See all {total.ToString("N0", CultureInfo.GetCultureInfo("en"))} projects",
            english.QuerySelector("a[data-bucket-all]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ShortBucket_ShowsItsCountAlone_WithoutALink()
    {
        var department = await As(DemoAccounts.HoaBinhDepartment);
        var inbox = await department.GetDocumentAsync("/Inbox");
        var buckets = inbox.QuerySelectorAll("section[data-bucket]").Where(b => b.QuerySelector("[data-count]")
            is { } c && !c.HasAttribute("data-total")).ToList();
        Assert.NotEmpty(buckets);
        Assert.All(buckets, b =>
        {
            Assert.Equal(b.QuerySelectorAll("li").Length.ToString(CultureInfo.InvariantCulture),
                b.QuerySelector("[data-count]")!.TextContent.Trim());
            Assert.Null(b.QuerySelector("a[data-bucket-all]"));
        });
    }

    [Theory]
    [InlineData("/Inbox/Bucket?status=Registered")] // the ministry's step: no bucket of a department officer
    [InlineData("/Inbox/Bucket?status=Nope")]
    [InlineData("/Inbox/Bucket?status=99")]
    [InlineData("/Inbox/Bucket")]
    public async Task BucketTheUserDoesNotHave_IsNotFound(string url)
    {
        var department = await As(DemoAccounts.HoaBinhDepartment);
        await Expect.StatusAsync(HttpStatusCode.NotFound, await department.GetAsync(url));
    }
}
