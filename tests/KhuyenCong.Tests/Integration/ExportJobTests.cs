using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhuyenCong.Data.Exports;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: an export longer than the formatted workbook holds is a background job — the request answers at once
/// with the job's page, the page shows the progress until the file is ready, the file opens with the Open XML SDK
/// and holds every row; a job is its requester's alone, and a job under someone else's lease is never run twice.
/// </summary>
public sealed partial class ExportJobTests(ExportPortalFactory portal) : IClassFixture<ExportPortalFactory>
{
    private static readonly ProjectStatus[] Approved = [ProjectStatus.Approved, ProjectStatus.InProgress,
        ProjectStatus.Accepted, ProjectStatus.Settled, ProjectStatus.Closed];

    private async Task<HttpClient> ClientAsync(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Asks for the export; expects the redirect to a job page; returns the job's page path.</summary>
    private static async Task<string> RequestJobAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(JobPath(), location);
        return location;
    }

    /// <summary>Reloads the job's page (as the browser does on its Refresh header) until the download shows.</summary>
    private static async Task<string> WaitForDownloadAsync(HttpClient client, string jobPage)
    {
        for (var i = 0; i < 300; i++)
        {
            var response = await client.GetAsync(jobPage);
            await Expect.StatusAsync(HttpStatusCode.OK, response);
            var page = await PortalClientExtensions.ParseHtmlAsync(response);
            if (page.QuerySelector("#export-download") is { } link) return link.GetAttribute("href")!;
            Assert.Null(page.QuerySelector(".alert-danger"));
            // Still running: the page says how far it is and asks to be reloaded.
            Assert.NotNull(page.QuerySelector("progress#export-progress"));
            Assert.True(response.Headers.Contains("Refresh"));
            await Task.Delay(100);
        }
        throw new TimeoutException("The export job did not finish within 30 s.");
    }

    private static async Task<SpreadsheetDocument> OpenAsync(HttpClient client, string href)
    {
        var response = await client.GetAsync(href);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            response.Content.Headers.ContentType?.MediaType);
        return SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    /// <summary>Each sheet's name and its rows' cell texts (shared strings and inline strings resolved).</summary>
    private static Dictionary<string, List<string[]>> Sheets(SpreadsheetDocument document)
    {
        var book = document.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
            .Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<string[]>>();
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            result[sheet.Name!] = [.. part.Worksheet.Descendants<Row>().Select(row =>
            {
                // Cells by their reference: empty cells may be left out of the row.
                var cells = row.Elements<Cell>().Select((c, i) => (Column: c.CellReference is { } at
                        ? at.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1
                        : i, Text: Text(c, shared))).ToList();
                var texts = new string[cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1];
                Array.Fill(texts, "");
                foreach (var (column, text) in cells) texts[column] = text;
                return texts;
            })];
        }
        return result;
    }

    private static string Text(Cell c, List<string> shared) => c.DataType?.Value == CellValues.SharedString
        ? shared[int.Parse(c.InnerText)]
        : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "";

    [Fact]
    public async Task ImplementationExcel_LongReport_RunsAsJobWithProgressPageAndItsFileHoldsEveryRow()
    {
        var client = await ClientAsync(DemoAccounts.MinistryLeader);
        var jobPage = await RequestJobAsync(client, "/Reports/ImplementationExcel?year=2021&period=Year");

        var first = await PortalClientExtensions.ParseHtmlAsync(await client.GetAsync(jobPage));
        Assert.Contains("bao-cao-thuc-hien-nam-2021.xlsx", first.QuerySelector("#export-job")!.TextContent);
        using var document = await OpenAsync(client, await WaitForDownloadAsync(client, jobPage));

        var sheets = Sheets(document);
        Assert.Equal(["Tinh hinh thuc hien", "Tinh hinh thuc hien (dữ liệu)"], sheets.Keys);
        var expected = await portal.WithDbAsync(db =>
            db.Projects.CountAsync(p => p.Year == 2021 && Approved.Contains(p.Status)));
        Assert.True(expected > 2, "the demo year must be long enough for the job path");
        // The plain sheet: one header row, then one row per project (no group, subtotal or total rows).
        var plain = sheets["Tinh hinh thuc hien (dữ liệu)"];
        Assert.Equal("Tỉnh/thành phố", plain[0][0]);
        Assert.Equal(expected, plain.Count - 1);
        // The official sheet: letterhead, the form number, every project numbered, and the grand total.
        var official = sheets["Tinh hinh thuc hien"];
        Assert.Contains(official, r => r.Contains("Biểu số 01/BC-KC"));
        Assert.Contains(official, r => r.Contains("Tổng cộng"));
        Assert.Contains(official, r => r.Length > 0 && r[0] == expected.ToString());

        var job = await portal.WithDbAsync(db => db.ExportJobs.OrderBy(j => j.Id).LastAsync());
        Assert.Equal(ExportJobState.Done, job.State);
        Assert.Equal(job.Total, job.Progress);
        Assert.Null(job.LeaseToken);
    }

    [Fact]
    public async Task RegistrationExport_LongList_StreamsMau2WithGroupsSubtotalsAndTotal()
    {
        var client = await ClientAsync(DemoAccounts.MinistryOfficer);
        var jobPage = await RequestJobAsync(client, "/ProjectExports/Registration?year=2026");
        using var document = await OpenAsync(client, await WaitForDownloadAsync(client, jobPage));

        var sheets = Sheets(document);
        var rows = await portal.WithDbAsync(db => db.Projects.Where(p => p.Year == 2026)
            .Select(p => new { p.ActivityContent!.Name, p.TotalCostDong }).ToListAsync());
        var plain = sheets["Mẫu 2 (dữ liệu)"];
        Assert.Equal(rows.Count, plain.Count - 1);
        var official = sheets["Mẫu 2"];
        foreach (var content in rows.Select(r => r.Name).Distinct())
            Assert.Single(official, r => r.Length > 2 && r[2] == $"Cộng: {content}");
        var total = official.Single(r => r.Length > 2 && r[2] == "Tổng cộng");
        Assert.Equal(rows.Sum(r => r.TotalCostDong) / 1e6, double.Parse(total[9],
            System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task Job_OfAnotherUser_IsNotFoundAndNotDownloadable()
    {
        var owner = await ClientAsync(DemoAccounts.MinistryLeader);
        var jobPage = await RequestJobAsync(owner, "/Reports/ImplementationExcel?year=2021&period=FirstHalf");
        var download = await WaitForDownloadAsync(owner, jobPage);

        var other = await ClientAsync(DemoAccounts.MinistryOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(jobPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(download)).StatusCode);
        var list = await other.GetDocumentAsync("/Exports");
        Assert.DoesNotContain(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == jobPage);
        var mine = await owner.GetDocumentAsync("/Exports");
        Assert.Contains(mine.QuerySelectorAll("a"), a => a.GetAttribute("href") == jobPage);
    }

    [Fact]
    public async Task Job_UnderAnotherInstancesLease_IsLeftAlone_AndTakenOverOnceTheLeaseEnds()
    {
        var userId = (await portal.FindUserAsync(DemoAccounts.MinistryLeader))!.Id;
        var job = new ExportJob
        {
            Kind = "implementation-report", Parameters = "?year=2021", UserId = userId, FileName = "lease.xlsx",
            State = ExportJobState.Running, Total = 10, Progress = 3, LeaseToken = "other-instance",
            LeaseUntilUtc = TestNow.UtcNow.UtcDateTime.AddMinutes(10), Attempts = 1,
            CreatedAtUtc = TestNow.UtcNow.UtcDateTime,
        };
        await portal.WithDbAsync(async db => { db.ExportJobs.Add(job); return await db.SaveChangesAsync(); });

        // Ten poll intervals: the job stays with the instance holding it.
        await Task.Delay(2000);
        var held = await portal.WithDbAsync(db => db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == job.Id));
        Assert.Equal(("other-instance", ExportJobState.Running, 3, 1),
            (held.LeaseToken, held.State, held.Progress, held.Attempts));

        // That instance stops (its lease ends): this one takes the job over and finishes it, once.
        await portal.WithDbAsync(db => db.ExportJobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntilUtc, TestNow.UtcNow.UtcDateTime.AddMinutes(-1))));
        ExportJob done = held;
        for (var i = 0; i < 300 && done.State != ExportJobState.Done; i++)
        {
            await Task.Delay(100);
            done = await portal.WithDbAsync(db => db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == job.Id));
        }
        Assert.Equal(ExportJobState.Done, done.State);
        Assert.Equal(2, done.Attempts);
        Assert.NotNull(done.StoredName);
    }

    [GeneratedRegex(@"^/Exports/Job/\d+$")]
    private static partial Regex JobPath();
}
