using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using KhuyenCong.Data.Exports;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Importing proposals from the template, as a background job (issue 16): all rows or none, errors by row and column
/// in the reader's language (issue 15); attachments checked by content.
/// </summary>
public sealed class ProjectImportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static object?[] Row(string name, string content = "ND04", string unit = "154", object? total = null, object? support = null, string tax = "5400412345",
        string start = "01/03/2025", string end = "30/11/2025") =>
        // Plan year 2025 may still use the legacy district 154 and the legacy province's department (DOMAIN §10).
        [name, "Đơn lẻ", "KCQG", 2025, content, DemoOrganisations.HoaBinhDepartment, "Cũ", unit, "Mục tiêu", start, end,
         "Máy móc", total ?? 600, support ?? 300, 300, 0, tax];

    private static async Task<byte[]> WorkbookAsync(HttpClient client, params object?[][] rows)
    {
        var template = await client.GetByteArrayAsync("/ProjectImport/Template");
        using var book = new XLWorkbook(new MemoryStream(template));
        var sheet = book.Worksheet("Đề án");
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                switch (rows[r][c])
                {
                    case null: break;
                    case int i: sheet.Cell(r + 2, c + 1).Value = i; break;
                    case double d: sheet.Cell(r + 2, c + 1).Value = d; break;
                    case var other: sheet.Cell(r + 2, c + 1).Value = other.ToString(); break;
                }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] content, string fileName, string field = "file", string tokenPage = "/ProjectImport")
    {
        var token = await client.GetFormTokenAsync(tokenPage);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        return await client.PostAsync(url, form);
    }

    /// <summary>
    /// Uploads the file as the form does, expects the redirect to the import job's page, and reloads that page (as
    /// the browser does on its Refresh header) until the job has ended; returns the page's path and its last view.
    /// </summary>
    private static async Task<(string Page, AngleSharp.Html.Dom.IHtmlDocument Document)> ImportAsync(
        HttpClient client, byte[] file)
    {
        var response = await UploadAsync(client, "/ProjectImport", file, "de-an.xlsx");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var page = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/ProjectImport/Job/\d+$", page);
        return (page, await FinishedAsync(client, page));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FinishedAsync(HttpClient client, string page)
    {
        for (var i = 0; i < 300; i++)
        {
            var response = await client.GetAsync(page);
            await Expect.StatusAsync(HttpStatusCode.OK, response);
            var document = await PortalClientExtensions.ParseHtmlAsync(response);
            var state = document.QuerySelector("#import-job")!.GetAttribute("data-state");
            if (state is "Done" or "Failed") return document;
            // Still running: the page says how far it is and asks to be reloaded.
            Assert.NotNull(document.QuerySelector("progress#import-progress"));
            Assert.True(response.Headers.Contains("Refresh"));
            await Task.Delay(100);
        }
        throw new TimeoutException("The import job did not end within 30 s.");
    }

    private static List<(string Row, string Column, string Message)> Errors(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#import-errors tbody tr").Select(r => (Row: r.Children[0].TextContent.Trim(),
            Column: r.Children[1].TextContent.Trim(), Message: r.Children[2].TextContent)).ToList();

    [Fact]
    public async Task Import_RowOfAClosedPlanYear_WholeFileRefusedWithTheReasonNothingSaved()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var before = await portal.WithDbAsync(db => db.Projects.CountAsync());
        // Hòa Bình's 2021 KCĐP year is closed in the demo (YearEndDemoSeeder).
        object?[] closed = ["Đề án năm đã khóa sổ", "Đơn lẻ", "KCĐP", 2021, "ND04", DemoOrganisations.HoaBinhCentre, "Cũ",
            "154", "Mục tiêu", "01/03/2021", "30/11/2021", "Máy móc", 600, 300, 300, 0, "5400412345"];
        var file = await WorkbookAsync(client, Row("Dòng tốt"), closed);

        var (_, page) = await ImportAsync(client, file);

        Assert.Contains("đã khóa sổ", page.QuerySelector("#import-errors")!.TextContent);
        Assert.Null(page.QuerySelector("#import-rows"));
        Assert.Equal(before, await portal.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task Import_BadRows_NothingSavedEachErrorListedByRowAndColumn()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var before = await portal.WithDbAsync(db => db.Projects.CountAsync());
        var file = await WorkbookAsync(client,
            Row("Dòng tốt"),
            Row("Nội dung sai", content: "ND99"),
            Row("Lệch tổng", total: 600, support: 250),
            Row("Ngoài địa bàn", unit: "001"),
            Row("Số tiền mơ hồ", total: "1,505", support: 300));

        var (_, page) = await ImportAsync(client, file);

        var errors = Errors(page);
        Assert.Contains(errors, e => e is { Row: "3", Column: "E – Mã nội dung" } && e.Message.Contains("ND99"));
        Assert.Contains(errors, e => e.Row == "4" && e.Message.Contains("lệch 50 triệu đồng"));
        Assert.Contains(errors, e => e is { Row: "5", Column: "H – Mã huyện/xã" });
        Assert.Contains(errors, e => e is { Row: "6", Column: "M – Tổng kinh phí" } && e.Message.Contains("không rõ ràng"));
        Assert.DoesNotContain(errors, e => e.Row == "2");
        Assert.Equal(before, await portal.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task Import_DateOutsideWindow_ReportedByRowAndColumn()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var file = await WorkbookAsync(client, Row("Năm một", start: "01/01/0001"), Row("Năm chín nghìn", end: "31/12/9999"));

        var (_, page) = await ImportAsync(client, file);

        var errors = Errors(page);
        Assert.Contains(errors, e => e is { Row: "2", Column: "J – Ngày bắt đầu" }
            && e.Message == "Ngày bắt đầu: chỉ nhận ngày từ năm 2000 đến năm 2100.");
        Assert.Contains(errors, e => e is { Row: "3", Column: "K – Ngày kết thúc" }
            && e.Message.Contains("chỉ nhận ngày từ năm 2000 đến năm 2100"));
    }

    [Fact]
    public async Task Import_GoodRows_SavedAsNumberedDrafts()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var file = await WorkbookAsync(client, Row("Nhập lô 1 – máy sấy"), Row("Nhập lô 2 – máy xay", support: 200, total: 500));

        var (jobPage, page) = await ImportAsync(client, file);

        var imported = await portal.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.CostLines).Include(p => p.Beneficiaries)
            .Where(p => p.Name.StartsWith("Nhập lô")).OrderBy(p => p.Code).ToListAsync());
        Assert.Equal(2, imported.Count);
        Assert.All(imported, p => Assert.Equal(ProjectStatus.Draft, p.Status));
        Assert.Equal(["KCQG-2025-HBH-001", "KCQG-2025-HBH-002"], imported.Select(p => p.Code));
        Assert.Equal(200_000_000, imported[1].RequestedSupportDong);
        Assert.Single(imported[0].Beneficiaries);
        // The job's page lists each row with the draft it became, linked to its page.
        Assert.Contains("Đã nhập 2 đề án (dự thảo).", page.QuerySelector("#import-job .alert-success")!.TextContent);
        var rows = page.QuerySelectorAll("#import-rows tbody tr").Select(r => (Row: r.Children[0].TextContent.Trim(),
            Link: r.Children[1].QuerySelector("a")!.GetAttribute("href"), Code: r.Children[1].TextContent.Trim())).ToList();
        Assert.Equal([("2", $"/Projects/Details/{imported[0].Id}", imported[0].Code),
            ("3", $"/Projects/Details/{imported[1].Id}", imported[1].Code)], rows);
        // The records are the requester's own changes in the audit log, not "system".
        Assert.All(imported, p => Assert.Equal(DemoAccounts.HoaBinhDepartment, p.CreatedBy));
        var id = imported[0].Id.ToString();
        var audit = await portal.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "Project" && a.EntityKey == id)
            .Select(a => a.UserName).ToListAsync());
        Assert.Equal([DemoAccounts.HoaBinhDepartment], audit);
        var jobId = long.Parse(jobPage[(jobPage.LastIndexOf('/') + 1)..]);
        var job = await portal.WithDbAsync(db => db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
        Assert.Equal((ExportJobState.Done, JobCategory.Import, 2, 2, 1, null), (job.State, job.Category, job.Progress, job.Total, job.Attempts, job.LeaseToken));
        // The import page lists it among the user's recent imports.
        var list = await client.GetDocumentAsync("/ProjectImport");
        Assert.Contains(list.QuerySelectorAll("#import-jobs a"), a => a.GetAttribute("href") == jobPage);
    }

    [Fact]
    public async Task Import_2021Row_NamingAnOrganisationSharedByBothGenerations_TakesThe2021One()
    {
        // "Sở Công Thương tỉnh Phú Thọ" names both the legacy province's department and today's.
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var row = Row("Nhập 2021 ở Việt Trì", unit: "227", start: "01/03/2021", end: "30/11/2021");
        row[3] = 2021;
        row[5] = DemoOrganisations.PhuThoDepartment;

        var (_, page) = await ImportAsync(client, await WorkbookAsync(client, row));

        Assert.NotNull(page.QuerySelector("#import-rows"));
        var implementer = await portal.WithDbAsync(db => db.Projects.Where(p => p.Name == "Nhập 2021 ở Việt Trì")
            .Select(p => p.ImplementingOrganisation!.ValidTo).SingleAsync());
        Assert.Equal(new DateOnly(2025, 6, 30), implementer);
    }

    [Fact]
    public async Task Import_2026RowOnAbolishedDistrict_RefusedByRowAndColumnNothingSaved()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var row = Row("Nhập 2026 ở huyện cũ");
        row[3] = 2026;
        var file = await WorkbookAsync(client, row);

        var (_, page) = await ImportAsync(client, file);

        Assert.Contains(Errors(page), e => e is { Row: "2", Column: "H – Mã huyện/xã" }
            && e.Message.Contains("Huyện Cao Phong là đơn vị hành chính trước 01/07/2025"));
        Assert.False(await portal.WithDbAsync(db => db.Projects.AnyAsync(p => p.Name == "Nhập 2026 ở huyện cũ")));
    }

    [Fact]
    public async Task Import_NotAnExcelFile_Refused()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var jobs = await portal.WithDbAsync(db => db.ExportJobs.CountAsync());
        var response = await UploadAsync(client, "/ProjectImport", "không phải excel"u8.ToArray(), "de-an.xlsx");
        // Refused by the form itself, at once: no job is queued for a file that is not a spreadsheet.
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("không phải là bảng tính Excel", (await PortalClientExtensions.ParseHtmlAsync(response))
            .QuerySelector("#import-refusal")!.TextContent);
        Assert.Equal(jobs, await portal.WithDbAsync(db => db.ExportJobs.CountAsync()));
    }

    [Theory]
    [InlineData(DemoAccounts.CaoPhongDistrict)]
    [InlineData(DemoAccounts.HoaBinhLeader)]
    [InlineData(DemoAccounts.MinistryOfficer)]
    public async Task Import_OtherRoles_Return403(string email)
    {
        var client = await As(email);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/ProjectImport"));
    }

    [Fact]
    public async Task Attachments_PdfAcceptedAndDownloadedAsAttachment_FakeRefused()
    {
        var id = await portal.ProjectIdAsync("KCQG-2021-HBH-002");
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var page = $"/Projects/Details/{id}";

        var pdf = await UploadAsync(client, $"/ProjectAttachments/Upload?projectId={id}", "%PDF-1.4\n% demo\n"u8.ToArray(), "to-trinh.pdf", tokenPage: page);
        var fake = await UploadAsync(client, $"/ProjectAttachments/Upload?projectId={id}", "<script>alert(1)</script>"u8.ToArray(), "hoa-don.pdf", tokenPage: page);

        await Expect.StatusAsync(HttpStatusCode.Redirect, pdf);
        await Expect.StatusAsync(HttpStatusCode.Redirect, fake);
        var attachments = await portal.WithDbAsync(db => db.ProjectAttachments.Where(a => a.ProjectId == id).ToListAsync());
        var saved = Assert.Single(attachments);
        Assert.Equal("to-trinh.pdf", saved.FileName);
        var download = await client.GetAsync($"/ProjectAttachments/Download/{saved.Id}");
        await Expect.StatusAsync(HttpStatusCode.OK, download);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var outsider = await As(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.OK, await outsider.GetAsync($"/ProjectAttachments/Download/{saved.Id}"));
        var stranger = portal.CreateClient();
        await stranger.SignInAsync(DemoAccounts.MinistryLeader);
        await Expect.StatusAsync(HttpStatusCode.OK, await stranger.GetAsync($"/ProjectAttachments/Download/{saved.Id}"));
    }

    [Fact]
    public async Task Attachments_WordDocumentRecognisedByContent_ZipWithoutWordPartRefused()
    {
        var id = await portal.ProjectIdAsync("KCQG-2021-HBH-003");
        var client = await As(DemoAccounts.HoaBinhDepartment);
        static byte[] Zip(params string[] entries)
        {
            using var stream = new MemoryStream();
            using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
                foreach (var name in entries)
                {
                    using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                    writer.Write("<x/>");
                }
            return stream.ToArray();
        }

        await UploadAsync(client, $"/ProjectAttachments/Upload?projectId={id}", Zip("[Content_Types].xml", "word/document.xml"), "thuyet-minh.docx", tokenPage: $"/Projects/Details/{id}");
        await UploadAsync(client, $"/ProjectAttachments/Upload?projectId={id}", Zip("virus.exe"), "bang-tinh.xlsx", tokenPage: $"/Projects/Details/{id}");

        var saved = await portal.WithDbAsync(db => db.ProjectAttachments.Where(a => a.ProjectId == id).ToListAsync());
        var word = Assert.Single(saved);
        Assert.Equal("thuyet-minh.docx", word.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.ContentType);
    }

    [Fact]
    public async Task Attachments_OutsideScope_Returns404()
    {
        var other = await portal.WithDbAsync(db => db.Projects.Where(p => p.ProvinceCode == "01").Select(p => p.Id).FirstAsync());
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var response = await UploadAsync(client, $"/ProjectAttachments/Upload?projectId={other}", "%PDF-1.4"u8.ToArray(), "x.pdf", tokenPage: "/Projects");
        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
    }
}
