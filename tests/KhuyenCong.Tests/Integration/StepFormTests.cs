using System.Net;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 15 items 4, 6, 7: a step's form is shown only to whoever may take the step now; a refused step answers the
/// record's page (not a bare status page) with the reason and what was typed, and saves nothing; the comment given
/// at a step is kept in the history; a council member finds the entries to score on the home page and in the inbox
/// and is taken from one entry to the next.
/// </summary>
public sealed class StepFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // The Phú Thọ Sở drafts; the centre implements; hoabinh.so (moved to the same Sở) appraises.
    private const string Drafter = DemoAccounts.PhuThoDepartment;
    private const string Appraiser = DemoAccounts.HoaBinhDepartment;

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<int> SubmittedAsync(string name, string comment = "")
    {
        var drafter = await As(Drafter);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var id = await drafter.CreateDraftAsync(
            ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary, name));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await drafter.StepAsync(portal, id, "Submit", ("Comment", comment)));
        return id;
    }

    private Task<(ProjectStatus Status, int History, long Version)> SnapshotAsync(int id) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id)
            .Select(p => new ValueTuple<ProjectStatus, int, long>(p.Status, p.History.Count, p.Version))
            .SingleAsync());

    private async Task<string[]> FormsOnAsync(string email, int id) =>
        StepForms(await (await As(email)).GetDocumentAsync($"/Projects/Details/{id}"));

    private static string[] StepForms(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("form[data-step]").Select(f => f.GetAttribute("data-step")!)];

    [Fact]
    public async Task Submit_CommentKeptInHistoryAndShown()
    {
        var id = await SubmittedAsync("Máy sấy (ý kiến khi gửi)", "Kính trình Sở thẩm định trước 30/6");

        var comment = await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id)
            .SelectMany(p => p.History).Where(h => h.Action == ProjectAction.Submitted)
            .Select(h => h.Comment).SingleAsync());
        Assert.Equal("Kính trình Sở thẩm định trước 30/6", comment);
        var timeline = (await (await As(Appraiser)).GetDocumentAsync($"/Projects/Details/{id}"))
            .QuerySelector("#timeline")!.TextContent;
        Assert.Contains("Kính trình Sở thẩm định trước 30/6", timeline);
    }

    [Fact]
    public async Task SubmittedProject_StepFormsOnlyForWhoMayTakeThemNow()
    {
        var id = await SubmittedAsync("Máy sấy (ai thấy biểu mẫu)");

        // The department officer who did not draft it appraises or returns it; nobody else is offered a form.
        Assert.Equal(["Return", "Appraise"], await FormsOnAsync(Appraiser, id));
        var creator = await (await As(Drafter)).GetDocumentAsync($"/Projects/Details/{id}");
        Assert.DoesNotContain("Appraise", StepForms(creator));
        Assert.NotNull(creator.QuerySelector("#not-your-steps li[data-step='BaseAppraised']"));
        Assert.Empty(await FormsOnAsync(DemoAccounts.MinistryOfficer, id));
        Assert.Empty(await FormsOnAsync(DemoAccounts.HoaBinhLeader, id));
        // The implementing centre's department officer neither appraises nor returns it: returning is the
        // appraisal's other outcome (DOMAIN §5, §11), so the page names the rule instead of offering the form.
        Assert.Empty(await FormsOnAsync(DemoAccounts.HoaBinhCentre, id));
        var centre = await (await As(DemoAccounts.HoaBinhCentre)).GetDocumentAsync($"/Projects/Details/{id}");
        Assert.NotNull(centre.QuerySelector("#not-your-steps li[data-step='Returned']"));
    }

    [Fact]
    public async Task Appraise_ByItsCreator_403ProjectPageWithReasonAndTypedValues_NothingSaved()
    {
        var id = await SubmittedAsync("Máy sấy (tự thẩm định)");
        var before = await SnapshotAsync(id);

        var response = await (await As(Drafter)).StepAsync(portal, id, "Appraise",
            ("Score", "91"), ("Amount", "275,5"), ("Comment", "Nhận xét dài đã gõ cả buổi chiều"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.NotNull(page.QuerySelector("#project-code"));
        Assert.Equal("403", page.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Contains("Bạn đã lập đề án này nên không được thẩm định nó",
            page.QuerySelector("#refusal-reason")!.TextContent);
        var typed = page.QuerySelector("#refused-values")!.TextContent;
        Assert.Contains("Nhận xét dài đã gõ cả buổi chiều", typed);
        Assert.Contains("275,5", typed);
        Assert.Contains("91", typed);
        Assert.DoesNotContain("Appraise", StepForms(page));
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Appraise_ByALeader_403ProjectPageNamingTheRole_NothingSaved()
    {
        var id = await SubmittedAsync("Máy sấy (lãnh đạo)");
        var before = await SnapshotAsync(id);

        var response = await (await As(DemoAccounts.HoaBinhLeader)).StepAsync(portal, id, "Appraise",
            ("Score", "80"), ("Amount", "100"), ("Comment", "Ý kiến của lãnh đạo"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Vai trò của bạn không thực hiện bước", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("Ý kiến của lãnh đạo", page.QuerySelector("#refused-values")!.TextContent);
        Assert.NotNull(page.QuerySelector("#timeline"));
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Approve_WhileSubmitted_409ProjectPageKeepsTheDecisionTyped_NothingSaved()
    {
        var id = await SubmittedAsync("Máy sấy (phê duyệt sớm)");
        var before = await SnapshotAsync(id);

        var response = await (await As(DemoAccounts.MinistryOfficer)).StepAsync(portal, id, "Approve",
            ("Score", "88"), ("Amount", "280"), ("DecisionNumber", "77/QĐ-BCT"), ("DecisionDate", "2026-05-20"));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Equal("409", page.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Contains("Đã gửi", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("77/QĐ-BCT", page.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Appraise_ByItsCreator_InEnglish_ReasonAndTitleInEnglish()
    {
        var id = await SubmittedAsync("Máy sấy (tiếng Anh)");
        var creator = portal.CreateClient();
        creator.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        await creator.SignInAsync(Drafter);

        var response = await creator.StepAsync(portal, id, "Appraise", ("Score", "91"), ("Amount", "250"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var refusal = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector("#refusal")!.TextContent;
        Assert.Contains("You created this project, so you may not appraise it", refusal);
        Assert.Contains("Nothing was saved", refusal);
    }

    // Product entries: the Phú Thọ provincial round 2026 is in scoring; hoidong.01 has entries left to score.

    private Task<int> RoundAsync() => portal.WithDbAsync(db => db.ProductRounds
        .Where(r => r.Year == 2026 && r.Level == RoundLevel.Provincial).Select(r => r.Id).SingleAsync());

    /// <summary>The test's own statement of "waiting for my sheet": eligible or not yet judged, not mine, neither
    /// scored nor declined by me.</summary>
    private Task<List<int>> WaitingAsync(int round, string email) => portal.WithDbAsync(async db =>
    {
        var me = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.ProductEntries.Where(e => e.RoundId == round && e.Eligibility != EligibilityStatus.Ineligible
                && e.RegisteredByUserId != me && e.Sheets.All(s => s.MemberUserId != me)
                && e.Recusals.All(r => r.MemberUserId != me))
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
    });

    private static List<KeyValuePair<string, string>> Points(params int[] points) =>
        [.. points.Select(p => new KeyValuePair<string, string>("points", p.ToString()))];

    private static int HomeCount(IHtmlDocument page, int round) =>
        int.Parse(page.QuerySelector($"li[data-scoring-round='{round}'] [data-count]")!.TextContent.Trim());

    [Fact]
    public async Task CouncilMember_HomeAndInboxCountEntriesToScore_SavingOpensTheNextOne()
    {
        var round = await RoundAsync();
        var member = await As(DemoAccounts.Council);
        var waiting = await WaitingAsync(round, DemoAccounts.Council);
        Assert.True(waiting.Count >= 2, "the demo leaves hoidong.01 at least two entries to score");

        Assert.Equal(waiting.Count, HomeCount(await member.GetDocumentAsync("/"), round));
        var inbox = await member.GetAsync("/Inbox");
        await Expect.StatusAsync(HttpStatusCode.OK, inbox);
        Assert.Equal(waiting.Count, HomeCount(await PortalClientExtensions.ParseHtmlAsync(inbox), round));

        var open = await member.GetAsync($"/ProductEntries/NextToScore?roundId={round}");
        await Expect.StatusAsync(HttpStatusCode.Redirect, open);
        Assert.EndsWith($"/ProductEntries/Details/{waiting[0]}", Expect.Location(open));
        var sheet = await member.GetDocumentAsync($"/ProductEntries/Details/{waiting[0]}");
        Assert.NotNull(sheet.QuerySelector("form[data-score-sheet] #score-total"));

        var saved = await member.PostFormAsync($"/ProductEntries/Score/{waiting[0]}", Points(30, 30, 8, 7),
            $"/ProductEntries/Details/{waiting[0]}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, saved);
        Assert.EndsWith($"/ProductEntries/Details/{waiting[1]}", Expect.Location(saved));
        Assert.Equal(waiting.Count - 1, HomeCount(await member.GetDocumentAsync("/"), round));
    }

    [Fact]
    public async Task IneligibleEntry_NoScoreForm_PostAnswers409EntryPageWithPointsTyped_NothingSaved()
    {
        var round = await RoundAsync();
        var entry = (await WaitingAsync(round, DemoAccounts.Council))[^1];
        var organiser = await As(DemoAccounts.PhuThoDepartment);
        var version = await portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entry)
            .Select(e => e.Version).SingleAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await organiser.PostFormAsync(
            $"/ProductEntries/Eligibility/{entry}",
            [new("eligible", "false"), new("reason", "Thiếu giấy phép"), new("version", version.ToString())],
            $"/ProductEntries/Details/{entry}"));
        var member = await As(DemoAccounts.Council);

        var page = await member.GetDocumentAsync($"/ProductEntries/Details/{entry}");
        Assert.Null(page.QuerySelector("form[data-score-sheet]"));
        Assert.Contains("không đủ điều kiện", page.QuerySelector("#score-refusal")!.TextContent);
        var response = await member.PostFormAsync($"/ProductEntries/Score/{entry}", Points(35, 30, 8, 7),
            $"/ProductEntries/Details/{entry}");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var refused = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("không đủ điều kiện", refused.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("35, 30, 8, 7", refused.QuerySelector("#refused-values")!.TextContent);
        var me = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Council)
            .Select(u => u.Id).SingleAsync());
        Assert.False(await portal.WithDbAsync(db => db.Set<ScoreSheet>()
            .AnyAsync(s => s.EntryId == entry && s.MemberUserId == me)));
    }

    [Fact]
    public async Task Eligibility_ByAnOfficerWhoDoesNotRunTheRound_403EntryPageWithReasonTyped_NothingSaved()
    {
        var round = await RoundAsync();
        var entry = await portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == round)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Eligibility, e.Version }).FirstAsync());
        var ministry = await As(DemoAccounts.MinistryOfficer);
        Assert.Null((await ministry.GetDocumentAsync($"/ProductEntries/Details/{entry.Id}"))
            .QuerySelector("form[action*='Eligibility']"));

        var response = await ministry.PostFormAsync($"/ProductEntries/Eligibility/{entry.Id}",
            [new("eligible", "false"), new("reason", "Hồ sơ thiếu ảnh sản phẩm"),
             new("version", entry.Version.ToString())],
            $"/ProductEntries/Details/{entry.Id}");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Chỉ đơn vị tổ chức", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("Hồ sơ thiếu ảnh sản phẩm", page.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(entry.Eligibility, await portal.WithDbAsync(db => db.ProductEntries
            .Where(e => e.Id == entry.Id).Select(e => e.Eligibility).SingleAsync()));
    }

    [Fact]
    public async Task RoundStep_ByAnOfficerWhoDoesNotRunTheRound_403RoundPageWithReason_NothingSaved()
    {
        var round = await RoundAsync();
        var (status, version) = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => new ValueTuple<RoundStatus, long>(r.Status, r.Version)).SingleAsync());
        var ministry = await As(DemoAccounts.MinistryOfficer);

        var response = await ministry.PostFormAsync($"/ProductRounds/Decide/{round}",
            [new("decisionNumber", "99/QĐ-BCT"), new("version", version.ToString())],
            $"/ProductRounds/Details/{round}");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Chỉ đơn vị tổ chức", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.NotNull(page.QuerySelector("#entries"));
        Assert.Equal(status, await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Decide_WhileSheetsAreMissing_409RoundPageKeepsTheDecisionTyped_NothingSaved()
    {
        var round = await RoundAsync();
        var organiser = await As(DemoAccounts.PhuThoDepartment);
        var before = await organiser.GetDocumentAsync($"/ProductRounds/Details/{round}");
        Assert.Contains("alert-warning", before.QuerySelector("#scoring-gap")!.ClassName);
        var version = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.Version).SingleAsync());

        var response = await organiser.PostFormAsync($"/ProductRounds/Decide/{round}",
            [new("decisionNumber", "12/QĐ-UBND"), new("decisionDate", "2026-11-20"),
             new("version", version.ToString())],
            $"/ProductRounds/Details/{round}");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Equal("409", page.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Contains("12/QĐ-UBND", page.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(RoundStatus.Scoring, await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.Status).SingleAsync()));
    }
}
