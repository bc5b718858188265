using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using KhuyenCong.Data.Exports;
using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The project import as a background job (issue 16) with its errors in the reader's language (issue 15): a job is
/// its requester's alone; a job left by a crashed instance is taken over and imports its file once; an import whose
/// job was taken over meanwhile saves nothing.
/// </summary>
public sealed class ProjectImportJobTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    internal static object?[] Row(string name, string content = "ND04", object? total = null) =>
        [name, "Đơn lẻ", "KCQG", 2025, content, DemoOrganisations.HoaBinhDepartment, "Cũ", "154", "Mục tiêu",
            "01/03/2025", "30/11/2025", "Máy móc", total ?? 600, 300, 300, 0, "5400412345"];

    internal static byte[] Workbook(params object?[][] rows)
    {
        using var book = new XLWorkbook(new MemoryStream(ProjectImporter.Template()));
        var sheet = book.Worksheet("Đề án");
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                if (rows[r][c] is { } value)
                    sheet.Cell(r + 2, c + 1).Value = value switch
                    {
                        int i => i,
                        double d => d,
                        _ => value.ToString(),
                    };
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    internal static async Task<string> UploadAsync(HttpClient client, byte[] content)
    {
        var token = await client.GetFormTokenAsync("/ProjectImport");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), PortalClientExtensions.TokenField);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "de-an.xlsx");
        var response = await client.PostAsync("/ProjectImport", form);
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        return response.Headers.Location!.OriginalString;
    }

    private Task<ExportJob> EndedAsync(long id) => EndedAsync(portal, id);

    internal static async Task<ExportJob> EndedAsync(PortalFactory portal, long id)
    {
        for (var i = 0; i < 300; i++)
        {
            var job = await portal.WithDbAsync(db => db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
            if (job.State is ExportJobState.Done or ExportJobState.Failed) return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import job did not end within 30 s.");
    }

    internal static long IdOf(string page) => long.Parse(page[(page.LastIndexOf('/') + 1)..]);

    private Task<int> CountAsync(string prefix) =>
        portal.WithDbAsync(db => db.Projects.CountAsync(p => p.Name.StartsWith(prefix)));

    [Fact]
    public async Task ImportJob_RowErrorsInEnglishMode_ColumnsAndMessagesInEnglish()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var token = await client.GetSignedInTokenAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.PostAsync("/Home/Language",
            new FormUrlEncodedContent([new(PortalClientExtensions.TokenField, token), new("culture", "en")])));
        var page = await UploadAsync(client, Workbook(
            Row("English 1", content: "ND99"), Row("English 2", total: 700), Row("English 3", total: "1,505")));
        await EndedAsync(IdOf(page));

        var document = await client.GetDocumentAsync(page);

        Assert.Contains("No project saved: the file has 3 errors.", document.QuerySelector("#import-job .alert-danger")!.TextContent);
        var errors = document.QuerySelectorAll("#import-errors tbody tr")
            .Select(r => (Row: r.Children[0].TextContent.Trim(), Column: r.Children[1].TextContent.Trim(),
                Message: r.Children[2].TextContent.Trim())).ToList();
        // The importer's own message, a domain refusal (the cost line) and the amount parser's, all in English.
        Assert.Contains(("2", "E – Content code", "Content code \"ND99\" is not in the list (ND01 … ND13)."), errors);
        Assert.Contains(errors, e => e is { Row: "3", Column: "M – Total cost" } && e.Message.StartsWith("Line 1"));
        Assert.Contains(errors, e => e is { Row: "4", Column: "M – Total cost" }
            && e.Message.StartsWith("The amount \"1,505\" is ambiguous"));
        // No Vietnamese wording is left in the table (the data quoted, "Máy móc", may stay).
        Assert.All(errors, e => Assert.DoesNotMatch("không|chưa|phải|triệu đồng|Dòng|Mã nội dung", e.Message + e.Column));
        Assert.Equal(0, await CountAsync("English "));
    }

    [Fact]
    public async Task ImportJob_ErrorNumbers_WrittenAsTheReaderWritesNumbers()
    {
        // Amounts typed the Vietnamese way (the template's own), which the errors quote back: a cost line that does
        // not add up (a domain refusal with amounts) and a number cell far above the largest amount.
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var tooLarge = Row("Số lớn 2");
        tooLarge[12] = 2_500_000_000.5;
        // An amount typed as text above the largest: the limit is a number too (the typed text is quoted as typed).
        var page = await UploadAsync(client, Workbook(Row("Số lớn 1", total: "1.234,5"), tooLarge,
            Row("Số lớn 3", total: "2.000.000.000")));
        await EndedAsync(IdOf(page));

        var english = await ErrorsAsync(client, page, "en");
        Assert.Contains(english, e => e.StartsWith("Line 1", StringComparison.Ordinal)
            && e.Contains("the total of 1,234.5 million VND", StringComparison.Ordinal)
            && e.Contains("a difference of 634.5 million VND", StringComparison.Ordinal));
        Assert.Contains(english, e => e.Contains("2,500,000,000.5", StringComparison.Ordinal)
            && e.Contains("1,000,000,000", StringComparison.Ordinal));
        Assert.Contains(english, e => e.Contains("\"2.000.000.000\" is too large: at most 1,000,000,000 million VND",
            StringComparison.Ordinal));
        Assert.All(english, e => Assert.DoesNotMatch(@"\d\.\d{3}|\d,\d(?!\d\d)", Regex.Replace(e, "\"[^\"]*\"", "")));

        // The same stored errors read in Vietnamese keep the Vietnamese way.
        var vietnamese = await ErrorsAsync(client, page, "vi-VN");
        Assert.Contains(vietnamese, e => e.Contains("tổng 1.234,5 triệu đồng", StringComparison.Ordinal)
            && e.Contains("lệch 634,5 triệu đồng", StringComparison.Ordinal));
        Assert.Contains(vietnamese, e => e.Contains("tối đa 1.000.000.000 triệu đồng.", StringComparison.Ordinal)
            && e.Contains("\"2.000.000.000\"", StringComparison.Ordinal));
        Assert.Contains(vietnamese, e => e.Contains("2.500.000.000,5", StringComparison.Ordinal)
            && e.Contains("1.000.000.000", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync("Số lớn "));

        static async Task<List<string>> ErrorsAsync(HttpClient client, string page, string culture)
        {
            var token = await client.GetSignedInTokenAsync();
            await Expect.StatusAsync(HttpStatusCode.Redirect, await client.PostAsync("/Home/Language",
                new FormUrlEncodedContent([new(PortalClientExtensions.TokenField, token), new("culture", culture)])));
            var document = await client.GetDocumentAsync(page);
            return document.QuerySelectorAll("#import-errors tbody tr")
                .Select(r => r.Children[2].TextContent.Trim()).ToList();
        }
    }

    [Fact]
    public async Task ImportJob_OfAnotherUser_IsNotFound_AndNotListed()
    {
        var owner = await As(DemoAccounts.HoaBinhDepartment);
        var page = await UploadAsync(owner, Workbook(Row("Của người khác", content: "ND99")));
        await EndedAsync(IdOf(page));

        // Another department officer (another province's): the job is not theirs.
        var other = await As(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.NotFound, await other.GetAsync(page));
        var list = await other.GetDocumentAsync("/ProjectImport");
        Assert.DoesNotContain(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == page);
        // Nor is it among the exports' jobs, for anyone: imports have their own pages.
        await Expect.StatusAsync(HttpStatusCode.NotFound, await owner.GetAsync($"/Exports/Job/{IdOf(page)}"));
        await Expect.StatusAsync(HttpStatusCode.OK, await owner.GetAsync(page));
    }

    [Fact]
    public async Task ImportJob_OfAnOfficerWhoseOrganisationHasEnded_ImportsNothing()
    {
        // Queued by Hòa Bình's department officer; the job runs with the request's rules: the Sở ended on
        // 30/06/2025, so its officer only reads (EndedOrganisationClaims) and the import is refused.
        var user = (await portal.FindUserAsync(DemoAccounts.HoaBinhLegacy))!;
        var storage = portal.Services.GetRequiredService<AttachmentStorage>();
        var input = $"import-{Guid.NewGuid():N}.xlsx";
        Directory.CreateDirectory(storage.Folder);
        await File.WriteAllBytesAsync(storage.PathOf(input), Workbook(Row("Sau ngày ngừng hoạt động")));
        var job = new ExportJob
        {
            Kind = ProjectImportJob.KindName, Category = JobCategory.Import, UserId = user.Id, FileName = "de-an.xlsx",
            InputName = input, State = ExportJobState.Queued, CreatedAtUtc = DateTime.UtcNow,
        };
        await portal.WithDbAsync(async db => { db.ExportJobs.Add(job); return await db.SaveChangesAsync(); });

        var done = await EndedAsync(job.Id);

        Assert.Equal(0, await CountAsync("Sau ngày ngừng hoạt động"));
        var result = ProjectImportResult.FromJson(done.Result)!;
        Assert.Empty(result.Imported);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task ImportJob_LeftByACrashedInstance_TakenOverAndImportedOnce()
    {
        var user = (await portal.FindUserAsync(DemoAccounts.HoaBinhDepartment))!;
        var storage = portal.Services.GetRequiredService<AttachmentStorage>();
        var input = $"import-{Guid.NewGuid():N}.xlsx";
        Directory.CreateDirectory(storage.Folder);
        await File.WriteAllBytesAsync(storage.PathOf(input),
            Workbook(Row("Sau sự cố 1"), Row("Sau sự cố 2")));
        // An instance took the job, read half of it and stopped (its lease has run out); nothing was committed.
        var job = new ExportJob
        {
            Kind = ProjectImportJob.KindName, Category = JobCategory.Import, UserId = user.Id, FileName = "de-an.xlsx",
            InputName = input, State = ExportJobState.Running, Total = 2, Progress = 1, LeaseToken = "crashed",
            LeaseUntilUtc = DateTime.UtcNow.AddMinutes(-1), Attempts = 1, CreatedAtUtc = DateTime.UtcNow,
        };
        await portal.WithDbAsync(async db => { db.ExportJobs.Add(job); return await db.SaveChangesAsync(); });

        var done = await EndedAsync(job.Id);

        Assert.Equal((ExportJobState.Done, 2), (done.State, done.Attempts));
        Assert.Equal(2, await CountAsync("Sau sự cố "));
        var result = ProjectImportResult.FromJson(done.Result)!;
        Assert.Equal([2, 3], result.Imported.Select(r => r.Row));
        // Done is final: later polls never run it again (nor import its rows a second time).
        await Task.Delay(2500);
        var later = await portal.WithDbAsync(db => db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == job.Id));
        Assert.Equal((ExportJobState.Done, 2), (later.State, later.Attempts));
        Assert.Equal(2, await CountAsync("Sau sự cố "));
    }

    [Fact]
    public async Task Import_WhoseJobWasTakenOverMeanwhile_SavesNothing_NotEvenAuditRows()
    {
        var user = (await portal.FindUserAsync(DemoAccounts.HoaBinhDepartment))!;
        var audit = await portal.WithDbAsync(db => db.AuditLog.CountAsync());
        using var scope = portal.Services.CreateScope();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>()
            .CreateAsync(user);
        var importer = scope.ServiceProvider.GetRequiredService<ProjectImporter>();
        ProjectImportResult? confirmed = null;

        // The slow instance reaches its commit after another took the job over: its lease check answers false.
        var result = await importer.ImportAsync(principal, new MemoryStream(Workbook(Row("Bị tiếp quản"))),
            (_, _) => { }, (saved, _) =>
            {
                confirmed = saved;
                return Task.FromResult(false);
            }, CancellationToken.None);

        Assert.Null(result);
        Assert.NotNull(confirmed);
        Assert.Equal(0, await CountAsync("Bị tiếp quản"));
        Assert.Equal(audit, await portal.WithDbAsync(db => db.AuditLog.CountAsync()));
    }
}
