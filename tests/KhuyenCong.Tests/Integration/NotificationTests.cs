using System.Globalization;
using System.Net;
using KhuyenCong.Data.Notifications;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Notifications through the portal: each business event reaches the people concerned (and not the one who acted),
/// the list shows them in the reader's language with the unread count in the menu, and marking read is one's own.
/// E-mail is off here (the default), so no outbox row is written.
/// </summary>
public sealed class NotificationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    private Task<List<Notification>> OfAsync(string email) => portal.WithDbAsync(db => db.Notifications.AsNoTracking()
        .Where(n => db.Users.Any(u => u.Id == n.UserId && u.Email == email)).OrderBy(n => n.Id).ToListAsync());

    private static bool About(Notification n, string key, string link) => n.MessageKey == key && n.Link == link;

    [Fact]
    public async Task ProjectSubmittedAndRegistered_ReachTheAppraisersOfItsAreaThenTheMinistry_NotTheActor()
    {
        var id = await portal.WaitingProjectAsync("Máy sấy cam (thông báo)");
        var link = $"/Projects/Details/{id}";
        var code = (await portal.ProjectAsync(id)).Code;

        // Drafted and submitted by phutho.so: Hòa Bình's Sở officer (now working for Phú Thọ's Sở) appraises it.
        var appraiser = Assert.Single(await OfAsync(DemoAccounts.HoaBinhDepartment),
            n => About(n, NotificationEvents.ProjectSubmitted, link));
        Assert.Contains(code, appraiser.Arguments);
        Assert.DoesNotContain(await OfAsync(DemoAccounts.PhuThoDepartment),
            n => About(n, NotificationEvents.ProjectSubmitted, link));
        Assert.DoesNotContain(await OfAsync(DemoAccounts.MinistryOfficer),
            n => About(n, NotificationEvents.ProjectSubmitted, link));
        // Registered with the ministry by hoabinh.so: the ministry's officer hears of it, no local officer does.
        Assert.Single(await OfAsync(DemoAccounts.MinistryOfficer),
            n => About(n, NotificationEvents.ProjectRegistered, link));
        Assert.DoesNotContain(await OfAsync(DemoAccounts.PhuThoDepartment),
            n => About(n, NotificationEvents.ProjectRegistered, link));
        Assert.Equal(0, await portal.WithDbAsync(db => db.EmailOutbox.CountAsync()));
    }

    [Fact]
    public async Task ProjectReturned_ReachesItsCreatorWithTheReason()
    {
        var drafter = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var fields = ProjectData.Draft(await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre),
            await portal.ContentIdAsync("ND04"), await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong"),
            "Máy sấy cam (trả lại)");
        var id = await drafter.CreateDraftAsync(fields);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await drafter.StepAsync(portal, id, "Submit"));
        var appraiser = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await appraiser.StepAsync(portal, id, "Return", ("Comment", "Thiếu báo giá thiết bị")));

        var returned = Assert.Single(await OfAsync(DemoAccounts.PhuThoDepartment),
            n => About(n, NotificationEvents.ProjectReturned, $"/Projects/Details/{id}"));
        Assert.Contains("Thiếu báo giá thiết bị", returned.Arguments);
        Assert.DoesNotContain(await OfAsync(DemoAccounts.HoaBinhDepartment),
            n => About(n, NotificationEvents.ProjectReturned, $"/Projects/Details/{id}"));
    }

    [Fact]
    public async Task RoundOpened_ReachesTheOfficersOfItsArea_NotTheOrganiserNorOtherProvinces()
    {
        var phuTho = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var opened = await phuTho.PostFormAsync("/ProductRounds/Create",
        [
            new("Level", "Provincial"), new("Year", "2026"), new("Ordinal", "8"), new("SubmissionOpens", "2026-01-01"),
            new("SubmissionCloses", "2026-12-31"), new("PassThreshold", "70"),
        ], "/ProductRounds/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, opened);

        bool Opened(Notification n) => n.MessageKey == NotificationEvents.RoundOpened
            && n.Arguments.Contains("31/12/2026") && n.Link == "/ProductRounds?year=2026";
        // Cao Phong's commune lies in Phú Thọ since 01/07/2025.
        Assert.Single(await OfAsync(DemoAccounts.CaoPhongCommune), Opened);
        Assert.DoesNotContain(await OfAsync(DemoAccounts.PhuThoDepartment), Opened);
        Assert.DoesNotContain(await OfAsync(DemoAccounts.HoaBinhDepartment), Opened);
        Assert.DoesNotContain(await OfAsync(DemoAccounts.MinistryOfficer), Opened);
        var other = await portal.CreateUserAsync(RoleNames.DepartmentOfficer, "Sở Công Thương tỉnh Tuyên Quang");
        Assert.DoesNotContain(await OfAsync(other.Email!), Opened);
    }

    [Fact]
    public async Task NominationReturned_ReachesItsSenders_RefusedReturnNotifiesNobody()
    {
        var round = await portal.WithDbAsync(db => db.ProductRounds
            .Where(r => r.Level == RoundLevel.Regional && r.Year == 2026).Select(r => r.Id).SingleAsync());
        var package = await portal.WithDbAsync(db => db.ProductNominations
            .Where(n => n.RoundId == round && n.Status == NominationStatus.Submitted).Select(n => n.Id).FirstAsync());
        var link = $"/Nominations/Details/{package}";
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var before = await portal.WithDbAsync(db => db.Notifications.CountAsync());

        await ministry.PostFormAsync($"/NominationReview/Return/{package}",
            [new("reason", " "), new("version", await VersionAsync(package))], "/");
        Assert.Equal(before, await portal.WithDbAsync(db => db.Notifications.CountAsync()));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync(
            $"/NominationReview/Return/{package}",
            [new("reason", "Công văn chưa đóng dấu"), new("version", await VersionAsync(package))], "/"));
        var sent = Assert.Single(await OfAsync(DemoAccounts.PhuThoDepartment),
            n => About(n, NotificationEvents.NominationReturned, link));
        Assert.Contains("Công văn chưa đóng dấu", sent.Arguments);
        Assert.Single(await OfAsync(DemoAccounts.HoaBinhDepartment),
            n => About(n, NotificationEvents.NominationReturned, link));
        Assert.DoesNotContain(await OfAsync(DemoAccounts.MinistryOfficer),
            n => About(n, NotificationEvents.NominationReturned, link));
    }

    [Fact]
    public async Task CouncilMemberAssigned_ToTheAppraisalCouncilAndToAProductRound_IsTold()
    {
        var council = await portal.CouncilAsync(2024);
        var (email, userId) = await portal.MemberAsync(council);
        Assert.Single(await OfAsync(email),
            n => About(n, NotificationEvents.AppraisalCouncilAssigned, $"/AppraisalCouncil/Details/{council}"));

        var round = await portal.WithDbAsync(db => db.ProductRounds
            .Where(r => r.Level == RoundLevel.Regional && r.Year == 2026).Select(r => r.Id).SingleAsync());
        var version = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.Version).SingleAsync());
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync(
            $"/ProductRounds/AssignMember/{round}",
            [new("memberId", userId), new("version", version.ToString(CultureInfo.InvariantCulture))], "/"));
        Assert.Single(await OfAsync(email),
            n => About(n, NotificationEvents.ProductCouncilAssigned, $"/ProductRounds/Details/{round}"));
    }

    [Fact]
    public async Task DeadlineInSevenDays_OncePerUserPerSubjectAndDeadline_HoweverOftenTheJobRuns()
    {
        var phuTho = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var today = TestNow.Today;
        var closes = today.AddDays(6);
        var opened = await phuTho.PostFormAsync("/ProductRounds/Create",
        [
            new("Level", "Provincial"), new("Year", today.Year.ToString(CultureInfo.InvariantCulture)),
            new("Ordinal", "9"), new("SubmissionOpens", today.AddDays(-30).ToString("yyyy-MM-dd")),
            new("SubmissionCloses", closes.ToString("yyyy-MM-dd")), new("PassThreshold", "70"),
        ], "/ProductRounds/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, opened);
        var round = int.Parse(Expect.Location(opened).Split('/').Last(), CultureInfo.InvariantCulture);
        var commune = await portal.ClientAsync(DemoAccounts.CaoPhongCommune);
        var created = await commune.PostFormAsync($"/Nominations/Create?roundId={round}", [], "/");
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var package = int.Parse(Expect.Location(created).Split('/').Last(), CultureInfo.InvariantCulture);

        // Eight days before, nothing; then the job runs twice (as two instances would) and reminds once.
        Assert.Equal(0, await RunRemindersAsync(closes.AddDays(-8), round));
        await RunRemindersAsync(today, round);
        await RunRemindersAsync(today, round);

        bool RoundReminder(Notification n) =>
            About(n, NotificationEvents.RoundDeadline, $"/ProductRounds/Details/{round}");
        Assert.Single(await OfAsync(DemoAccounts.CaoPhongCommune), RoundReminder);
        Assert.Contains(closes.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            (await OfAsync(DemoAccounts.CaoPhongCommune)).Single(RoundReminder).Arguments);
        Assert.DoesNotContain(await OfAsync(DemoAccounts.PhuThoDepartment), RoundReminder);
        Assert.Single(await OfAsync(DemoAccounts.CaoPhongCommune),
            n => About(n, NotificationEvents.NominationDeadline, $"/Nominations/Details/{package}"));
    }

    [Fact]
    public async Task List_ShowsOwnNotificationsInTheReadersLanguage_UnreadBadge_MarkReadAndAllRead()
    {
        var user = await portal.CreateUserAsync(RoleNames.DepartmentOfficer);
        var other = await portal.CreateUserAsync(RoleNames.DepartmentOfficer);
        var ids = await portal.WithDbAsync(async db =>
        {
            var mine = new[]
            {
                Stored(user.Id, NotificationEvents.ProjectSubmitted, "[\"KCĐP-01\",\"Máy sấy\"]", "/Projects"),
                Stored(user.Id, NotificationEvents.AppraisalCouncilAssigned, "[\"2026\"]", "/AppraisalCouncil"),
                Stored(user.Id, NotificationEvents.RoundDeadline, "[\"Vòng A\",\"07/12/2026\"]", null),
            };
            var theirs = Stored(other.Id, NotificationEvents.ProjectSubmitted, "[\"X\",\"Y\"]", null);
            db.Notifications.AddRange([.. mine, theirs]);
            await db.SaveChangesAsync();
            return (Mine: mine.Select(n => n.Id).ToArray(), Theirs: theirs.Id);
        });
        var client = await portal.ClientAsync(user.Email!);

        var page = await client.GetDocumentAsync("/Notifications");
        Assert.Equal("3", page.QuerySelector("#notifications-count")!.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll("#notifications li[data-read='false']").Length);
        Assert.Contains("Đề án KCĐP-01 – Máy sấy đã gửi, chờ thẩm định cơ sở.",
            page.QuerySelector("#notifications")!.TextContent);
        Assert.DoesNotContain("X – Y", page.QuerySelector("#notifications")!.TextContent);

        // Another user's notification: not found, and unchanged.
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.PostFormAsync(
            $"/Notifications/MarkRead/{ids.Theirs}", [], "/Notifications"));
        Assert.Null(await portal.WithDbAsync(db => db.Notifications.Where(n => n.Id == ids.Theirs)
            .Select(n => n.ReadAtUtc).SingleAsync()));

        var opened = await client.PostFormAsync($"/Notifications/MarkRead/{ids.Mine[0]}", [new("open", "true")],
            "/Notifications");
        await Expect.StatusAsync(HttpStatusCode.Redirect, opened);
        Assert.Equal("/Projects", Expect.Location(opened));
        page = await client.GetDocumentAsync("/Notifications");
        Assert.Equal("2", page.QuerySelector("#notifications-count")!.TextContent.Trim());
        Assert.Equal("true",
            page.QuerySelector($"#notifications li[data-id='{ids.Mine[0]}']")!.GetAttribute("data-read"));

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await client.PostFormAsync("/Notifications/MarkAllRead", [], "/Notifications"));
        page = await client.GetDocumentAsync("/Notifications");
        Assert.Null(page.QuerySelector("#notifications-count"));
        Assert.Empty(page.QuerySelectorAll("#notifications li[data-read='false']"));
        Assert.Null(await portal.WithDbAsync(db => db.Notifications.Where(n => n.Id == ids.Theirs)
            .Select(n => n.ReadAtUtc).SingleAsync()));

        var english = portal.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", English);
        await english.SignInAsync(user.Email!);
        var text = (await english.GetDocumentAsync("/Notifications")).QuerySelector("#notifications")!.TextContent;
        Assert.Contains("Project KCĐP-01 – Máy sấy was submitted and awaits base appraisal.", text);
        Assert.Contains("Vòng A stops taking applications on 07/12/2026.", text);
    }

    [Fact]
    public async Task Settings_EmailOffAndLanguage_SavedForTheUserOnly_BadLanguageRefused()
    {
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer, DemoOrganisations.PhuThoCentre);
        var client = await portal.ClientAsync(user.Email!);

        var bad = await client.PostFormAsync("/Notifications/Settings",
            [new("ReceiveEmail", "false"), new("Language", "fr")], "/Notifications/Settings");
        await Expect.StatusAsync(HttpStatusCode.OK, bad);
        Assert.Contains("Chỉ chọn tiếng Việt hoặc tiếng Anh.", await bad.Content.ReadAsStringAsync());
        Assert.False((await portal.FindUserAsync(user.Email!))!.EmailOptOut);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.PostFormAsync("/Notifications/Settings",
            [new("ReceiveEmail", "false"), new("Language", "en")], "/Notifications/Settings"));
        var saved = (await portal.FindUserAsync(user.Email!))!;
        Assert.True(saved.EmailOptOut);
        Assert.Equal("en", saved.PreferredLanguage);
        Assert.False((await portal.FindUserAsync(DemoAccounts.PhuThoDepartment))!.EmailOptOut);
        var form = await client.GetDocumentAsync("/Notifications/Settings");
        Assert.Null(form.QuerySelector("#ReceiveEmail")!.GetAttribute("checked"));
        // The account change is audited as every account change is.
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EntityType == "AppUser"
            && a.EntityKey == user.Id && a.NewValues!.Contains("EmailOptOut"))));
    }

    private static Notification Stored(string userId, string key, string args, string? link) => new()
    {
        UserId = userId, MessageKey = key, Arguments = args, Link = link, CreatedAtUtc = DateTime.UtcNow,
    };

    private async Task<string> VersionAsync(int package) => (await portal.WithDbAsync(db => db.ProductNominations
        .Where(n => n.Id == package).Select(n => n.Version).SingleAsync())).ToString(CultureInfo.InvariantCulture);

    /// <summary>The daily job as the background service runs it; returns the reminders added for the round.</summary>
    private async Task<int> RunRemindersAsync(DateOnly today, int round)
    {
        using var scope = portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync(today, CancellationToken.None);
        return await portal.WithDbAsync(db => db.Notifications.CountAsync(n =>
            n.DedupeKey != null && n.DedupeKey.StartsWith($"deadline:round:{round}:")));
    }
}
