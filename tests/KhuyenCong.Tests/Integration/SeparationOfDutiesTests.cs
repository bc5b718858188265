using System.Net;
using System.Text.RegularExpressions;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Separation of duties through the web (DOMAIN §11): each refusal answers 403 naming the rule and saves nothing, the
/// project page offers no form for a step the user may not take (and says which rule), and the inbox does not count
/// it as the user's work. Since 01/07/2025 hoabinh.so and hoabinh.ttkc work for Phú Thọ's Sở and centre, the
/// successors of Hòa Bình's.
/// </summary>
public sealed partial class SeparationOfDutiesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SoAppraiser = DemoAccounts.HoaBinhDepartment;
    private const string SoOther = DemoAccounts.PhuThoDepartment;
    private const string Centre = DemoAccounts.HoaBinhCentre;
    private const string Ministry = DemoAccounts.MinistryOfficer;
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    private async Task<HttpClient> As(string email, bool english = false)
    {
        var client = portal.CreateClient();
        if (english) client.DefaultRequestHeaders.Add("Cookie", English);
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Appraise_ByTheImplementingCentre_403NamingTheRule_NoFormNotInItsInbox_NothingSaved()
    {
        var id = await SubmittedCentreProjectAsync("Máy sấy cam (thẩm định)");
        var centre = await As(Centre);
        var before = await SnapshotAsync(id);

        var page = await centre.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Null(page.QuerySelector("form[data-step='Appraise']"));
        Assert.Contains("đơn vị thực hiện đề án không được tự thẩm định",
            page.QuerySelector("#not-your-steps li[data-step='BaseAppraised']")!.TextContent);
        Assert.DoesNotContain(await CodeAsync(id), await InboxTextAsync(centre, ProjectStatus.Submitted));
        var response = await centre.StepAsync(portal, id, "Appraise", ("Score", "90"), ("Amount", "250"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Contains("Phân định trách nhiệm: đơn vị thực hiện đề án không được tự thẩm định đề án của mình",
            await TextAsync(response));
        Assert.Equal(before, await SnapshotAsync(id));
        var english = await (await As(Centre, english: true)).StepAsync(portal, id, "Appraise",
            ("Score", "90"), ("Amount", "250"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, english);
        Assert.Contains("Separation of duties: the implementing organisation may not appraise its own project",
            await TextAsync(english));
        Assert.Equal(before, await SnapshotAsync(id));

        // The Sở, which does not implement it, has the form and the work.
        var so = await As(SoAppraiser);
        Assert.NotNull(await FormAsync(so, id, "form[data-step='Appraise']"));
        Assert.Contains(await CodeAsync(id), await InboxTextAsync(so, ProjectStatus.Submitted));
    }

    [Fact]
    public async Task Return_ByTheImplementingCentre_403NamingTheRuleWithTheTypedReason_NoForm_TheSoReturns()
    {
        var id = await SubmittedCentreProjectAsync("Máy sấy cam (trả lại)");
        var centre = await As(Centre);
        var before = await SnapshotAsync(id);

        var page = await centre.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Null(page.QuerySelector("form[data-step='Return']"));
        Assert.Contains("đơn vị thực hiện đề án không được tự trả lại",
            page.QuerySelector("#not-your-steps li[data-step='Returned']")!.TextContent);
        var response = await centre.StepAsync(portal, id, "Return", ("Comment", "Rút về để bổ sung báo giá"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var refused = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Phân định trách nhiệm: đơn vị thực hiện đề án không được tự trả lại đề án của mình",
            refused.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("Rút về để bổ sung báo giá", refused.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(before, await SnapshotAsync(id));

        var so = await As(SoAppraiser);
        Assert.NotNull(await FormAsync(so, id, "form[data-step='Return']"));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await so.StepAsync(portal, id, "Return", ("Comment", "Thiếu báo giá thiết bị")));
        Assert.Equal(ProjectStatus.Draft, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Approve_Kcdp_ByItsAppraiserOrTheImplementer403_AnotherSoOfficerApproves_InboxesFollow()
    {
        var id = await SubmittedCentreProjectAsync("Máy sấy cam (phê duyệt)");
        var appraiser = await As(SoAppraiser);
        var other = await As(SoOther);
        var (appraiserBefore, otherBefore) = (await InboxCountAsync(appraiser), await InboxCountAsync(other));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await appraiser.StepAsync(portal, id, "Appraise", ("Score", "85"), ("Amount", "250")));
        // The appraisal left the appraiser's work and reached only the officer who may record the decision.
        Assert.Equal(appraiserBefore - 1, await InboxCountAsync(appraiser));
        Assert.Equal(otherBefore, await InboxCountAsync(other));
        Assert.DoesNotContain(await CodeAsync(id), await InboxTextAsync(appraiser, ProjectStatus.BaseAppraised));
        Assert.Contains(await CodeAsync(id), await InboxTextAsync(other, ProjectStatus.BaseAppraised));
        var before = await SnapshotAsync(id);

        var page = await appraiser.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Null(page.QuerySelector("form[data-step='Approve']"));
        Assert.Contains("người đã thẩm định đề án không được quyết định phê duyệt",
            page.QuerySelector("#not-your-steps li[data-step='Approved']")!.TextContent);
        var byAppraiser = await appraiser.StepAsync(portal, id, "Approve", Decision());
        var byImplementer = await (await As(Centre)).StepAsync(portal, id, "Approve", Decision());

        await Expect.StatusAsync(HttpStatusCode.Forbidden, byAppraiser);
        Assert.Contains("người đã thẩm định đề án không được quyết định phê duyệt", await TextAsync(byAppraiser));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, byImplementer);
        Assert.Contains("đơn vị thực hiện đề án không được tự quyết định phê duyệt", await TextAsync(byImplementer));
        Assert.Equal(before, await SnapshotAsync(id));

        Assert.NotNull(await FormAsync(other, id, "form[data-step='Approve']"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await other.StepAsync(portal, id, "Approve", Decision()));
        var approval = (await portal.ProjectAsync(id)).History.OrderBy(h => h.Id).Last();
        Assert.Equal((ProjectAction.Approved, DemoOrganisations.PhuThoDepartment),
            (approval.Action, approval.OrganisationName));
        // Decided: the centre signs the contract next, it is no longer the Sở's work.
        Assert.Equal(otherBefore - 1, await InboxCountAsync(other));
    }

    [Fact]
    public async Task Accept_ProvincialKcdpProject_ByTheMinistry403_ByTheImplementersSuccessor403_NothingSaved()
    {
        // The issue's case: a ministry officer recorded the acceptance of a provincial KCĐP project.
        var id = await HoaBinhKcdpInProgressAsync(0);
        var ministry = await As(Ministry);
        var before = await SnapshotAsync(id);

        var page = await ministry.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Null(page.QuerySelector("form[data-step='Accept']"));
        Assert.Contains("đề án KCĐP thuộc cấp phê duyệt là Sở Công Thương của tỉnh",
            page.QuerySelector("#not-your-steps li[data-step='Accepted']")!.TextContent);
        var waiting = await InboxTextAsync(ministry, ProjectStatus.InProgress);
        Assert.DoesNotContain("KCĐP", waiting);
        Assert.DoesNotContain(await CodeAsync(id), waiting);
        var byMinistry = await ministry.StepAsync(portal, id, "Accept", Minutes());
        // hoabinh.ttkc works for Phú Thọ's centre, the successor of the Hòa Bình centre that implements the project.
        var bySuccessor = await (await As(Centre)).StepAsync(portal, id, "Accept", Minutes());

        await Expect.StatusAsync(HttpStatusCode.Forbidden, byMinistry);
        Assert.Contains("Phân định trách nhiệm: việc nghiệm thu đề án KCĐP thuộc cấp phê duyệt là Sở Công Thương",
            await TextAsync(byMinistry));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, bySuccessor);
        Assert.Contains("(hoặc đơn vị mà đơn vị của bạn kế thừa) là đơn vị thực hiện đề án này",
            await TextAsync(bySuccessor));
        Assert.Equal(before, await SnapshotAsync(id));
        var english = await (await As(Ministry, english: true)).StepAsync(portal, id, "Accept", Minutes());
        Assert.Contains("Separation of duties: acceptance of a KCĐP project belongs to its approving level",
            await TextAsync(english));

        var province = await As(SoOther);
        Assert.NotNull(await FormAsync(province, id, "form[data-step='Accept']"));
        Assert.Contains(await CodeAsync(id), await InboxTextAsync(province, ProjectStatus.InProgress));
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Settle_ProvincialKcdpProject_OnlyTheSucceedingSo_WhichActsForHoaBinh()
    {
        var id = await HoaBinhKcdpInProgressAsync(1);
        var province = await As(SoOther);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await province.StepAsync(portal, id, "Accept", Minutes()));
        var accepted = (await portal.ProjectAsync(id)).History.OrderBy(h => h.Id).Last();
        Assert.Equal((DemoOrganisations.PhuThoDepartment, DemoOrganisations.HoaBinhDepartment),
            (accepted.OrganisationName, accepted.OnBehalfOfName));
        var before = await SnapshotAsync(id);

        var byMinistry = await (await As(Ministry)).StepAsync(portal, id, "Settle", Settlement());
        var bySuccessor = await (await As(Centre)).StepAsync(portal, id, "Settle", Settlement());

        await Expect.StatusAsync(HttpStatusCode.Forbidden, byMinistry);
        Assert.Contains("việc quyết toán đề án KCĐP thuộc cấp phê duyệt là Sở Công Thương",
            await TextAsync(byMinistry));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, bySuccessor);
        Assert.Contains("đơn vị thực hiện đề án không được tự quyết toán", await TextAsync(bySuccessor));
        Assert.Equal(before, await SnapshotAsync(id));
        Assert.Contains(await CodeAsync(id), await InboxTextAsync(province, ProjectStatus.Accepted));
        Assert.NotNull(await FormAsync(province, id, "form[data-step='Settle']"));
        var timeline = Regex.Replace((await province.GetDocumentAsync($"/Projects/Details/{id}"))
            .QuerySelectorAll("#timeline li").Last().TextContent, @"\s+", " ");
        Assert.Contains($"thay cho {DemoOrganisations.HoaBinhDepartment}", timeline);
    }

    [Fact]
    public async Task AcceptAndSettle_NationalProjectOfTheSo_OnlyTheMinistry()
    {
        // Phú Thọ's Sở implements this 2026 KCQG project: it neither accepts nor settles it, nor does its centre.
        var id = await portal.WithDbAsync(db => db.Projects.Where(p => p.Year == 2026 && p.Fund == Fund.Kcqg
                && p.Status == ProjectStatus.InProgress && p.Name.Contains("phường Phúc Yên"))
            .Select(p => p.Id).SingleAsync());
        var so = await As(SoOther);
        var centre = await As(Centre);
        var ministry = await As(Ministry);
        var before = await SnapshotAsync(id);

        var bySo = await so.StepAsync(portal, id, "Accept", Minutes());
        var byCentre = await centre.StepAsync(portal, id, "Accept", Minutes());

        await Expect.StatusAsync(HttpStatusCode.Forbidden, bySo);
        Assert.Contains("đơn vị thực hiện đề án không được tự nghiệm thu", await TextAsync(bySo));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, byCentre);
        Assert.Contains("việc nghiệm thu đề án KCQG thuộc cấp phê duyệt là Bộ Công Thương", await TextAsync(byCentre));
        Assert.Equal(before, await SnapshotAsync(id));
        Assert.DoesNotContain(await CodeAsync(id), await InboxTextAsync(so, ProjectStatus.InProgress));
        Assert.Contains(await CodeAsync(id), await InboxTextAsync(ministry, ProjectStatus.InProgress));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.StepAsync(portal, id, "Accept", Minutes()));
        var accepted = await SnapshotAsync(id);
        Assert.Equal(ProjectStatus.Accepted, accepted.Status);
        var settleBySo = await so.StepAsync(portal, id, "Settle", Settlement());
        var settleByCentre = await centre.StepAsync(portal, id, "Settle", Settlement());

        await Expect.StatusAsync(HttpStatusCode.Forbidden, settleBySo);
        Assert.Contains("đơn vị thực hiện đề án không được tự quyết toán", await TextAsync(settleBySo));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, settleByCentre);
        Assert.Contains("việc quyết toán đề án KCQG thuộc cấp phê duyệt là Bộ Công Thương",
            await TextAsync(settleByCentre));
        Assert.Equal(accepted, await SnapshotAsync(id));
        Assert.NotNull(await FormAsync(ministry, id, "form[data-step='Settle']"));
        Assert.Null(await FormAsync(so, id, "form[data-step='Settle']"));
    }

    [Fact]
    public async Task Demo_NoProjectBreaksTheSeparationOfDuties()
    {
        // Every recorded step of the demo, re-read against the rules: nobody appraised, decided, accepted or settled
        // a project of their own organisation, nobody decided what they appraised, acceptance and settlement at the
        // approving level (the history keeps the actor's organisation, whose kind says its level).
        var rows = await portal.WithDbAsync(db => (
            from h in db.Set<ProjectHistoryEntry>()
            join p in db.Projects on h.ProjectId equals p.Id
            join o in db.Organisations on h.OrganisationId equals (int?)o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            select new { p.Code, p.Fund, p.ImplementingOrganisationId, h.Action, h.UserId, h.OrganisationId,
                Kind = (KhuyenCong.Domain.Organisations.OrganisationKind?)o.Kind,
                h.ProjectId }).ToListAsync());
        var appraisers = rows.Where(r => r.Action == ProjectAction.BaseAppraised)
            .Select(r => (r.ProjectId, r.UserId)).ToHashSet();
        ProjectAction[] decided = [ProjectAction.Approved, ProjectAction.Rejected];
        ProjectAction[] ownForbidden = [ProjectAction.BaseAppraised, .. decided, ProjectAction.Accepted,
            ProjectAction.Settled];
        ProjectAction[] levelOnly = [.. decided, ProjectAction.Accepted, ProjectAction.Settled];

        var broken = rows.Where(r =>
                (ownForbidden.Contains(r.Action) && r.OrganisationId == r.ImplementingOrganisationId)
                || (decided.Contains(r.Action) && appraisers.Contains((r.ProjectId, r.UserId)))
                || (levelOnly.Contains(r.Action) && r.Kind is { } kind && kind != (r.Fund == Fund.Kcqg
                    ? KhuyenCong.Domain.Organisations.OrganisationKind.Ministry
                    : KhuyenCong.Domain.Organisations.OrganisationKind.ProvincialDepartment)))
            .Select(r => $"{r.Code} {r.Action}").ToList();

        Assert.True(rows.Count(r => levelOnly.Contains(r.Action)) > 20);
        Assert.Empty(broken);
    }

    private static (string, string)[] Decision() =>
        [("Amount", "250"), ("DecisionNumber", "3300/QĐ-UBND"), ("DecisionDate", "2025-12-01")];

    private static (string, string)[] Minutes() => [("DecisionNumber", "15/BB-NT"), ("DecisionDate", "2026-11-20")];

    private static (string, string)[] Settlement() =>
        [("Amount", "10"), ("DecisionNumber", "QT-15"), ("DecisionDate", "2026-12-10")];

    /// <summary>
    /// A KCĐP proposal implemented by Phú Thọ's centre, drafted and sent by another officer of the centre (so that
    /// hoabinh.ttkc is refused as the implementer, not as its author).
    /// </summary>
    private async Task<int> SubmittedCentreProjectAsync(string name)
    {
        var drafter = await portal.CreateUserAsync(RoleNames.DepartmentOfficer, DemoOrganisations.PhuThoCentre);
        var client = await As(drafter.Email!);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var id = await client.CreateDraftAsync(ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"),
            beneficiary, name, "600", "250", "350", fund: "Kcdp"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.StepAsync(portal, id, "Submit"));
        return id;
    }

    /// <summary>The 2021 KCĐP projects of Hòa Bình still running, implemented by its ended extension centre.</summary>
    private Task<int> HoaBinhKcdpInProgressAsync(int index) => portal.WithDbAsync(db => db.Projects
        .Where(p => p.ProvinceCode == "17" && p.Year == 2025 && p.Fund == Fund.Kcdp)
        .Where(p => p.Status == ProjectStatus.InProgress)
        .OrderBy(p => p.Id).Select(p => p.Id).Skip(index).FirstAsync());

    private Task<(ProjectStatus Status, int History, long Version)> SnapshotAsync(int id) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id)
            .Select(p => new ValueTuple<ProjectStatus, int, long>(p.Status, p.History.Count, p.Version)).SingleAsync());

    private Task<string> CodeAsync(int id) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Code).SingleAsync());

    private static async Task<string> InboxTextAsync(HttpClient client, ProjectStatus bucket) =>
        (await client.GetDocumentAsync("/Inbox")).QuerySelector($"[data-bucket='{bucket}']")?.TextContent ?? "";

    private static async Task<int> InboxCountAsync(HttpClient client)
    {
        var badge = (await client.GetDocumentAsync("/Inbox")).QuerySelector("#inbox-count");
        return badge is null ? 0 : int.Parse(badge.TextContent.Trim());
    }

    private static async Task<AngleSharp.Dom.IElement?> FormAsync(HttpClient client, int id, string selector) =>
        (await client.GetDocumentAsync($"/Projects/Details/{id}")).QuerySelector(selector);

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
