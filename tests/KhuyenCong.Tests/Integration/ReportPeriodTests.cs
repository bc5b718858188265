using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Reports with deadlines (issue 13, cycle step 7) through the portal: the ministry sets the periods; a province's
/// department sends the implementation report of the period, frozen, with its signed letter; the ministry returns it
/// with a reason and the department resends it; a late report is marked late; the period's page shows who has
/// reported and the national figures from the frozen reports. Every refusal saves nothing.
/// </summary>
public sealed class ReportPeriodTests : IDisposable
{
    private const string TuyenQuangDepartment = "Sở Công Thương tỉnh Tuyên Quang";
    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<HttpClient> TuyenQuangAsync()
    {
        var user = await _portal.CreateUserAsync(RoleNames.DepartmentOfficer, TuyenQuangDepartment);
        return await SignedInAsync(user.Email!);
    }

    /// <summary>The annual 2026 period is due in the future (on time); the 6-month one was due on 15/07/2026.</summary>
    private Task<int> PeriodAsync(ReportPeriodKind kind = ReportPeriodKind.Year) => _portal.WithDbAsync(async db =>
    {
        var deadline = kind == ReportPeriodKind.Year ? new DateOnly(2099, 1, 20) : new DateOnly(2026, 7, 15);
        var period = new ReportPeriod(2026, kind, deadline, null, "test");
        db.ReportPeriods.Add(period);
        await db.SaveChangesAsync();
        return period.Id;
    });

    private Task<List<ReportSubmission>> SubmissionsAsync(int period) => _portal.WithDbAsync(db =>
        db.ReportSubmissions.Include(s => s.Rows).Include(s => s.ProvinceUnit).AsNoTracking()
            .Where(s => s.PeriodId == period).ToListAsync());

    private string AttachmentsFolder => _portal.Services.GetRequiredService<AttachmentStorage>().Folder;

    private int StoredFiles => Directory.Exists(AttachmentsFolder) ? Directory.GetFiles(AttachmentsFolder).Length : 0;

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, int period, string number,
        string date = "2026-11-20", bool withFile = true, long version = 0)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await client.GetFormTokenAsync("/")), PortalClientExtensions.TokenField);
        form.Add(new StringContent(version.ToString(CultureInfo.InvariantCulture)), "Form.Version");
        form.Add(new StringContent(number), "Form.LetterNumber");
        form.Add(new StringContent(date), "Form.LetterDate");
        if (withFile)
        {
            var file = new ByteArrayContent("%PDF-1.4\n% cong van bao cao\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "Form.File", "cong-van-bao-cao.pdf");
        }
        return await client.PostAsync($"/ReportSubmissions/Submit?periodId={period}", form);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url,
        params KeyValuePair<string, string>[] fields) => client.PostFormAsync(url, fields, "/");

    private static int Count(AngleSharp.Dom.IElement? element) =>
        int.Parse(element!.TextContent.Trim(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Create_Ministry_SetsThePeriod_RefusalsSaveNothing()
    {
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        KeyValuePair<string, string>[] Form(string deadline) =>
            [new("Form.Year", "2026"), new("Form.Kind", "FirstHalf"), new("Form.Deadline", deadline)];

        var early = await PostAsync(ministry, "/ReportPeriods/Create", Form("2026-06-30"));
        await Expect.StatusAsync(HttpStatusCode.OK, early);
        Assert.Contains("sau ngày cuối kỳ báo cáo 30/06/2026", await early.Content.ReadAsStringAsync());
        Assert.Equal(0, await _portal.WithDbAsync(db => db.ReportPeriods.CountAsync()));

        var created = await PostAsync(ministry, "/ReportPeriods/Create", Form("2026-07-15"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var period = await _portal.WithDbAsync(db => db.ReportPeriods.SingleAsync());
        Assert.Equal((2026, ReportPeriodKind.FirstHalf, new DateOnly(2026, 7, 15)),
            (period.Year, period.Kind, period.Deadline));
        var audited = await _portal.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityType == "ReportPeriod"));
        Assert.Equal(1, audited);

        var again = await PostAsync(ministry, "/ReportPeriods/Create", Form("2026-08-01"));
        await Expect.StatusAsync(HttpStatusCode.OK, again);
        Assert.Contains("đã được đặt", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await _portal.WithDbAsync(db => db.ReportPeriods.CountAsync()));

        foreach (var email in new[] { DemoAccounts.PhuThoDepartment, DemoAccounts.MinistryLeader })
        {
            var other = await SignedInAsync(email);
            await Expect.StatusAsync(HttpStatusCode.Forbidden,
                await PostAsync(other, "/ReportPeriods/Create", Form("2026-09-01")));
        }
        Assert.Equal(1, await _portal.WithDbAsync(db => db.ReportPeriods.CountAsync()));
        var list = await ministry.GetDocumentAsync("/ReportPeriods");
        Assert.NotNull(list.QuerySelector($"#periods tr[data-period-id='{period.Id}']"));
    }

    [Fact]
    public async Task Submit_Department_ReportFrozenWithLetter_ProjectChangesLaterDoNotMoveIt()
    {
        var period = await PeriodAsync();
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var preview = await phuTho.GetDocumentAsync($"/ReportSubmissions/Submit?periodId={period}");
        var projects = Count(preview.QuerySelector("#preview [data-col='projects']"));
        Assert.True(projects > 0, "Phú Thọ has approved 2026 projects in the demo.");

        var response = await SubmitAsync(phuTho, period, "456/SCT-KHTC");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var saved = Assert.Single(await SubmissionsAsync(period));
        Assert.Equal((ReportSubmissionStatus.Submitted, 1, false, "456/SCT-KHTC"),
            (saved.Status, saved.Submissions, saved.IsLate, saved.LetterNumber));
        Assert.Equal("25", saved.ProvinceUnit!.Code);
        Assert.Equal(projects, saved.Rows.Count);
        Assert.True(File.Exists(Path.Combine(AttachmentsFolder, saved.LetterStoredName)));
        var frozen = saved.Rows.Sum(r => r.SupportDong);

        // The projects move on after the report was sent; the report does not.
        var row = saved.Rows.First();
        await _portal.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE Projects SET ApprovedSupportDong = ApprovedSupportDong + 7000000 WHERE Id = {row.ProjectId}"));
        var after = Assert.Single(await SubmissionsAsync(period));
        Assert.Equal(frozen, after.Rows.Sum(r => r.SupportDong));
        var page = await phuTho.GetDocumentAsync($"/ReportSubmissions/Details/{saved.Id}");
        Assert.Equal(projects, page.QuerySelectorAll("#implementation tbody tr[data-project]").Length);
        Assert.Contains("456/SCT-KHTC", page.QuerySelector("#letter")!.TextContent);
        var letter = await phuTho.GetAsync($"/ReportSubmissions/LetterFile/{saved.Id}");
        await Expect.StatusAsync(HttpStatusCode.OK, letter);
        Assert.Equal("attachment", letter.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Submit_Refusals_NothingSavedAndNoFileKept()
    {
        var period = await PeriodAsync();
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);

        var noFile = await SubmitAsync(phuTho, period, "1/SCT", withFile: false);
        await Expect.StatusAsync(HttpStatusCode.OK, noFile);
        Assert.Contains("Chọn một tệp", await noFile.Content.ReadAsStringAsync());
        var tomorrow = TestNow.Today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var future = await SubmitAsync(phuTho, period, "2/SCT", date: tomorrow);
        await Expect.StatusAsync(HttpStatusCode.OK, future);
        Assert.Contains("sau ngày hôm nay", await future.Content.ReadAsStringAsync());
        var noNumber = await SubmitAsync(phuTho, period, " ");
        await Expect.StatusAsync(HttpStatusCode.OK, noNumber);
        Assert.Empty(await SubmissionsAsync(period));
        Assert.Equal(0, StoredFiles);

        // Only a province's Sở reports: the extension centre's officer and the ministry may not.
        var centre = await SignedInAsync(DemoAccounts.HoaBinhCentre);
        var byCentre = await SubmitAsync(centre, period, "3/TTKC");
        await Expect.StatusAsync(HttpStatusCode.Forbidden, byCentre);
        // The period's page answers with the reason and the letter typed, not a bare 403 page.
        var centrePage = await PortalClientExtensions.ParseHtmlAsync(byCentre);
        Assert.Equal("403", centrePage.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Contains("3/TTKC", centrePage.QuerySelector("#refused-values")!.TextContent);
        Assert.NotNull(centrePage.QuerySelector("#deadline"));
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await SubmitAsync(ministry, period, "4/BCT"));
        Assert.Empty(await SubmissionsAsync(period));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await SubmitAsync(phuTho, period, "5/SCT"));
        var second = await SubmitAsync(phuTho, period, "6/SCT");
        await Expect.StatusAsync(HttpStatusCode.Conflict, second);
        // The report's own page answers, with the reason and the letter typed (nothing lost, nothing saved).
        var refused = await PortalClientExtensions.ParseHtmlAsync(second);
        Assert.Equal("409", refused.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Contains("6/SCT", refused.QuerySelector("#refused-values")!.TextContent);
        Assert.NotNull(refused.QuerySelector("#submission-status"));
        await Expect.StatusAsync(HttpStatusCode.Conflict,
            await phuTho.GetAsync($"/ReportSubmissions/Submit?periodId={period}"));
        var saved = Assert.Single(await SubmissionsAsync(period));
        Assert.Equal((1, "5/SCT"), (saved.Submissions, saved.LetterNumber));
        Assert.Equal(1, StoredFiles);
    }

    [Fact]
    public async Task AnnualReport_OfAClosedYear_IsSent_ItsFrozenRowsAreNoChangeToTheClosedProjects()
    {
        // The demo closed Hòa Bình's KCĐP 2021 year; Phú Thọ, its successor, reports on 2021 after the close.
        Assert.True(await _portal.WithDbAsync(db => db.AnnualPlans
            .AnyAsync(p => p.Year == 2021 && p.Fund == Fund.Kcdp && p.IsClosed)));
        var period = await _portal.WithDbAsync(async db =>
        {
            var year = new ReportPeriod(2021, ReportPeriodKind.Year, new DateOnly(2022, 1, 20), null, "test");
            db.ReportPeriods.Add(year);
            await db.SaveChangesAsync();
            return year.Id;
        });
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await SubmitAsync(phuTho, period, "12/SCT"));

        var sent = (await SubmissionsAsync(period)).Single();
        Assert.True(sent.IsLate);
        Assert.Contains(sent.Rows, r => r.Fund == Fund.Kcdp && r.Status == KhuyenCong.Domain.Projects.ProjectStatus.Settled);
    }

    [Fact]
    public async Task ReturnAndResend_ReasonRequired_OnlyTheMinistry_EarlierRowsKept()
    {
        var period = await PeriodAsync();
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        await SubmitAsync(phuTho, period, "10/SCT");
        var id = (await SubmissionsAsync(period)).Single().Id;
        KeyValuePair<string, string> Version(ReportSubmission s) =>
            new("version", s.Version.ToString(CultureInfo.InvariantCulture));
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await PostAsync(phuTho,
            $"/ReportSubmissions/Return/{id}", new("reason", "Tự trả"), Version((await SubmissionsAsync(period))[0])));
        await PostAsync(ministry, $"/ReportSubmissions/Return/{id}", new("reason", " "),
            Version((await SubmissionsAsync(period))[0]));
        Assert.Equal(ReportSubmissionStatus.Submitted, (await SubmissionsAsync(period))[0].Status);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await PostAsync(ministry, $"/ReportSubmissions/Return/{id}",
            new("reason", "Thiếu số liệu giải ngân"), Version((await SubmissionsAsync(period))[0])));
        var returned = (await SubmissionsAsync(period))[0];
        Assert.Equal((ReportSubmissionStatus.Returned, "Thiếu số liệu giải ngân"),
            (returned.Status, returned.ReturnReason));
        // The province's department hears of it, with the reason; the ministry that returned it does not.
        var told = await _portal.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Link == $"/ReportSubmissions/Details/{id}")
            .Select(n => new { n.MessageKey, n.Arguments, Email = db.Users.Single(u => u.Id == n.UserId).Email })
            .ToListAsync());
        Assert.Contains(told, n => n.Email == DemoAccounts.PhuThoDepartment && n.Arguments.Contains("Thiếu số liệu"));
        Assert.DoesNotContain(told, n => n.Email == DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Conflict, await PostAsync(ministry, $"/ReportSubmissions/Return/{id}",
            new("reason", "Lần nữa"), Version(returned)));
        var form = await phuTho.GetDocumentAsync($"/ReportSubmissions/Submit?periodId={period}");
        Assert.Contains("Thiếu số liệu giải ngân", form.QuerySelector("#return-reason")!.TextContent);

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await SubmitAsync(phuTho, period, "11/SCT", version: returned.Version));

        var resent = (await SubmissionsAsync(period))[0];
        Assert.Equal((ReportSubmissionStatus.Submitted, 2, "11/SCT"),
            (resent.Status, resent.Submissions, resent.LetterNumber));
        var perAttempt = resent.Rows.GroupBy(r => r.Attempt).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([1, 2], perAttempt.Keys.Order());
        Assert.Equal(perAttempt[1], perAttempt[2]);
    }

    [Fact]
    public async Task PeriodPage_Ministry_WhoSubmittedWhoIsLateAndNationalFiguresFromFrozenReports()
    {
        var period = await PeriodAsync(ReportPeriodKind.FirstHalf);
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var tuyenQuang = await TuyenQuangAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect, await SubmitAsync(phuTho, period, "20/SCT"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await SubmitAsync(tuyenQuang, period, "21/SCT"));
        var submissions = await SubmissionsAsync(period);
        Assert.All(submissions, s => Assert.True(s.IsLate));
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);

        var page = await ministry.GetDocumentAsync($"/ReportPeriods/Details/{period}");

        Assert.Equal(2, Count(page.QuerySelector("#submitted-count")));
        Assert.Equal(2, page.QuerySelectorAll("#submitted tr[data-submission-id] [data-late]").Length);
        var notSubmitted = page.QuerySelector("#not-submitted")!;
        Assert.DoesNotContain("Phú Thọ", notSubmitted.TextContent);
        Assert.Contains("Hà Nội", notSubmitted.TextContent);
        Assert.NotNull(notSubmitted.QuerySelector("[data-overdue]"));
        var provinces = await _portal.WithDbAsync(db => db.AdministrativeUnits.CountAsync(u =>
            u.Level == UnitLevel.Province
            && u.Generation == UnitGeneration.Current));
        Assert.Equal(provinces - 2, Count(page.QuerySelector("#not-submitted-count")));
        Assert.Equal(submissions.Sum(s => s.Rows.Count), Count(page.QuerySelector("#national [data-col='projects']")));
        var kcqg = new Vnd(submissions.SelectMany(s => s.Rows).Where(r => r.Fund == Fund.Kcqg)
            .Sum(r => r.SupportDong));
        Assert.Equal(kcqg.ToString(), page.QuerySelector("#national [data-col='kcqg']")!.TextContent.Trim());

        // A returned report leaves the national figures until it is sent again.
        var phuThoReport = submissions.Single(s => s.ProvinceUnit!.Code == "25");
        await PostAsync(ministry, $"/ReportSubmissions/Return/{phuThoReport.Id}", new("reason", "Sửa lại"),
            new("version", phuThoReport.Version.ToString(CultureInfo.InvariantCulture)));
        page = await ministry.GetDocumentAsync($"/ReportPeriods/Details/{period}");
        Assert.Equal(1, Count(page.QuerySelector("#submitted-count")));
        Assert.Equal(submissions.Single(s => s.Id != phuThoReport.Id).Rows.Count,
            Count(page.QuerySelector("#national [data-col='projects']")));
        Assert.Contains("Phú Thọ", page.QuerySelector("#not-submitted")!.TextContent);
    }

    [Fact]
    public async Task OtherProvince_SeesOnlyItsOwn_404ForPhuTho_LeaderReadsWithoutSteps()
    {
        var period = await PeriodAsync();
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        await SubmitAsync(phuTho, period, "30/SCT");
        var id = (await SubmissionsAsync(period)).Single().Id;
        var tuyenQuang = await TuyenQuangAsync();

        foreach (var url in new[] { "Details", "Excel", "LetterFile" })
            await Expect.StatusAsync(HttpStatusCode.NotFound, await tuyenQuang.GetAsync($"/ReportSubmissions/{url}/{id}"));
        var own = await tuyenQuang.GetDocumentAsync($"/ReportPeriods/Details/{period}");
        Assert.Equal(0, Count(own.QuerySelector("#submitted-count")));
        var listed = Assert.Single(own.QuerySelectorAll("#not-submitted li"));
        Assert.Contains("Tuyên Quang", listed.TextContent);
        Assert.Null(own.QuerySelector("#national"));
        Assert.NotNull(own.QuerySelector("#submit-link"));

        var leader = await _portal.CreateUserAsync(RoleNames.Leader, DemoOrganisations.PhuThoDepartment);
        var reader = await SignedInAsync(leader.Email!);
        var details = await reader.GetDocumentAsync($"/ReportSubmissions/Details/{id}");
        Assert.Contains("30/SCT", details.QuerySelector("#letter")!.TextContent);
        Assert.Null(details.QuerySelector("#return-form"));
        Assert.Null((await reader.GetDocumentAsync($"/ReportPeriods/Details/{period}")).QuerySelector("#submit-link"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden,
            await reader.GetAsync($"/ReportSubmissions/Submit?periodId={period}"));
    }

    [Fact]
    public async Task Excel_Ministry_DownloadsTheFrozenReport()
    {
        var period = await PeriodAsync();
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        await SubmitAsync(phuTho, period, "40/SCT");
        var saved = (await SubmissionsAsync(period)).Single();
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);

        var response = await ministry.GetAsync($"/ReportSubmissions/Excel/{saved.Id}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var cells = book.Worksheets.First().CellsUsed().Select(c => c.GetString()).ToList();
        Assert.All(saved.Rows, r => Assert.Contains(r.ProjectCode, cells));
        Assert.Contains(cells, c => c.Contains("NĂM 2026", StringComparison.Ordinal));
        // Signed as the province sent it: the reporting Sở's letterhead and its letter's date, not the ministry's.
        Assert.Contains(cells, c => c.Contains("SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("UBND TỈNH PHÚ THỌ", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.StartsWith("CỤC ", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("Phú Thọ, ngày 20 tháng 11 năm 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HomeAndInbox_Department_ShowsPeriodsDueUntilSent_NotToTheMinistry()
    {
        var period = await PeriodAsync();
        var phuTho = await SignedInAsync(DemoAccounts.PhuThoDepartment);

        foreach (var url in new[] { "/", "/Inbox" })
        {
            var page = await phuTho.GetDocumentAsync(url);
            var due = page.QuerySelector($"#report-deadlines [data-period-id='{period}']");
            Assert.NotNull(due);
            Assert.NotNull(due.QuerySelector("[data-days-left]"));
        }
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        Assert.Null((await ministry.GetDocumentAsync("/Inbox")).QuerySelector("#report-deadlines"));
        Assert.Contains("/ReportPeriods", (await ministry.GetDocumentAsync("/")).QuerySelector("nav")!.InnerHtml);

        await SubmitAsync(phuTho, period, "50/SCT");
        Assert.Null((await phuTho.GetDocumentAsync("/Inbox")).QuerySelector("#report-deadlines"));
    }
}
