using System.Net;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Year-end close by the plan's owner after the checklist (DOMAIN §11.7); a closed year refuses changes to its plan,
/// allocations and projects with 409 and nothing saved, until a documented reopening. These tests write.
/// </summary>
public sealed class YearEndCloseTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<AnnualPlan> PlanAsync(int id) => portal.WithDbAsync(db => db.AnnualPlans.AsNoTracking()
        .Include(p => p.YearEvents).ThenInclude(e => e.Balances).Include(p => p.Revisions)
        .SingleAsync(p => p.Id == id));

    /// <summary>The checklist's hidden ids, in the page's order.</summary>
    private static List<string> Hidden(IHtmlDocument page, string suffix) => page.QuerySelectorAll("input[type=hidden]")
        .OfType<IHtmlInputElement>().Where(i => i.Name!.EndsWith(suffix, StringComparison.Ordinal))
        .Select(i => i.Value).ToList();

    [Fact]
    public async Task CloseKcqg2021_ChecklistCarriesCancelsAndDisposes_ThenChangesRefused_ThenReopenedWithReason()
    {
        var plan = await portal.NationalPlanIdAsync();
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var page = await ministry.GetDocumentAsync($"/Plans/{plan}/YearEnd");
        var projects = Hidden(page, ".ProjectId").Select(int.Parse).ToList();
        var recipients = Hidden(page, ".RecipientId");
        // A recipient whose projects go on after the close keeps its balance (chuyển nguồn) to pay them.
        var owed = page.QuerySelectorAll("#unspent tbody tr[data-owed]")
            .Select(r => long.Parse(r.GetAttribute("data-owed")!) > 0).ToList();
        var notStarted = await portal.WithDbAsync(db => db.Projects.Where(p => p.Fund == Fund.Kcqg && p.Year == 2021
            && p.Status == ProjectStatus.Approved).Select(p => p.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(notStarted, projects.Order().ToList());
        Assert.True(projects.Count >= 2, "The demo has approved KCQG 2021 projects that never started.");
        Assert.NotEmpty(page.QuerySelectorAll("#in-progress li a"));
        var running = await portal.WithDbAsync(db => db.Projects.Where(p => p.Fund == Fund.Kcqg && p.Year == 2021
            && p.Status == ProjectStatus.InProgress).Select(p => p.Id).FirstAsync());

        List<KeyValuePair<string, string>> fields =
            [new("Version", (await PlanAsync(plan)).Version.ToString()), new("DecisionNumber", "15/QĐ-BCT"),
             new("Note", "Khóa sổ năm 2021")];
        for (var i = 0; i < projects.Count; i++)
        {
            fields.Add(new($"Projects[{i}].ProjectId", projects[i].ToString()));
            fields.Add(new($"Projects[{i}].Action", i == 0 ? "Carry" : "Cancel"));
            fields.Add(new($"Projects[{i}].Reason", i == 0 ? "Chưa kịp ký hợp đồng" : "Cơ sở rút đăng ký"));
        }
        for (var i = 0; i < recipients.Count; i++)
        {
            fields.Add(new($"Balances[{i}].RecipientId", recipients[i]));
            fields.Add(new($"Balances[{i}].Disposition", i == 0 || owed[i] ? "CarriedOver" : "Returned"));
        }
        var response = await ministry.PostFormAsync($"/Plans/{plan}/YearEnd", fields,
            tokenFromUrl: $"/Plans/{plan}/YearEnd");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var closed = await PlanAsync(plan);
        Assert.True(closed.IsClosed);
        var close = Assert.Single(closed.YearEvents);
        Assert.Equal(PlanYearEventKind.Closed, close.Kind);
        Assert.Equal(recipients.Count, close.Balances.Count);
        Assert.Equal(owed.Skip(1).Count(o => o) + 1,
            close.Balances.Count(b => b.Disposition == UnspentDisposition.CarriedOver));
        var carried = await portal.ProjectAsync(projects[0]);
        Assert.Equal((2022, ProjectStatus.BaseAppraised), (carried.Year, carried.Status));
        Assert.Equal(ProjectStatus.Stopped, (await portal.ProjectAsync(projects[1])).Status);

        // Closed: the plan, its allocations and its projects refuse changes (409) and nothing is saved.
        await Expect.StatusAsync(HttpStatusCode.Conflict, await ministry.GetAsync($"/Plans/Allocate/{plan}"));
        var count = await portal.AllocationCountAsync(plan);
        var token = await ministry.GetSignedInTokenAsync();
        var tranche = await ministry.PostAsync($"/Plans/Allocate/{plan}", new FormUrlEncodedContent(
            [new("Version", closed.Version.ToString()), new("Tranche", "3"), new("DecisionNumber", "1/QĐ-BCT"),
             new("DecisionDate", "2021-12-01"), new("Items[0].RecipientId", recipients[0]), new("Items[0].Amount", "1"),
             new(PortalClientExtensions.TokenField, token)]));
        await Expect.StatusAsync(HttpStatusCode.Conflict, tranche);
        Assert.Contains("đã khóa sổ", await tranche.Content.ReadAsStringAsync());
        Assert.Equal(count, await portal.AllocationCountAsync(plan));
        var stop = await ministry.StepAsync(portal, running, "Stop", ("DecisionNumber", "16/QĐ-BCT"),
            ("DecisionDate", "2026-11-20"), ("Comment", "Dừng"));
        await Expect.StatusAsync(HttpStatusCode.Conflict, stop);
        Assert.Contains("đã khóa sổ", await stop.Content.ReadAsStringAsync());
        Assert.Equal(ProjectStatus.InProgress, (await portal.ProjectAsync(running)).Status);

        // Reopening needs a reason; with one it is recorded and audited, and changes are possible again.
        var noReason = await ministry.PostFormAsync($"/Plans/{plan}/Reopen",
            [new("Version", closed.Version.ToString()), new("Reason", "")], tokenFromUrl: $"/Plans/{plan}/Reopen");
        await Expect.StatusAsync(HttpStatusCode.OK, noReason);
        Assert.True((await PlanAsync(plan)).IsClosed);
        var reopen = await ministry.PostFormAsync($"/Plans/{plan}/Reopen",
            [new("Version", closed.Version.ToString()), new("Reason", "Bổ sung quyết toán đề án còn dở")],
            tokenFromUrl: $"/Plans/{plan}/Reopen");
        await Expect.StatusAsync(HttpStatusCode.Redirect, reopen);
        var reopened = await PlanAsync(plan);
        Assert.False(reopened.IsClosed);
        Assert.Equal("Bổ sung quyết toán đề án còn dở",
            reopened.YearEvents.Single(e => e.Kind == PlanYearEventKind.Reopened).Reason);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EntityType == nameof(PlanYearEvent)
            && a.UserName == DemoAccounts.MinistryOfficer
            && a.NewValues!.Contains("Bổ sung quyết toán đề án còn dở"))));
        await Expect.StatusAsync(HttpStatusCode.OK, await ministry.GetAsync($"/Plans/Allocate/{plan}"));
    }

    [Fact]
    public async Task Close_UnspentWithoutDisposition_FormAgainWithReasonNothingSaved()
    {
        var plan = await portal.NationalPlanIdAsync(2022);
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var before = await PlanAsync(plan);

        var response = await ministry.PostFormAsync($"/Plans/{plan}/YearEnd",
            [new("Version", before.Version.ToString())], tokenFromUrl: $"/Plans/{plan}/YearEnd");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("hãy chọn nộp trả hoặc chuyển nguồn", await response.Content.ReadAsStringAsync());
        var after = await PlanAsync(plan);
        Assert.False(after.IsClosed);
        Assert.Empty(after.YearEvents);
    }

    [Fact]
    public async Task Close_ProvincialPlanByMinistryOfficer_Returns403NothingSaved()
    {
        var plan = await portal.ProvincialPlanIdAsync("17", 2022);
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var token = await ministry.GetSignedInTokenAsync();

        var response = await ministry.PostAsync($"/Plans/{plan}/YearEnd", new FormUrlEncodedContent(
            [new("Version", (await PlanAsync(plan)).Version.ToString()),
             new(PortalClientExtensions.TokenField, token)]));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.False((await PlanAsync(plan)).IsClosed);
    }

    [Fact]
    public async Task ClosedHoaBinh2021_EveryPlanChangeAnswers409AndSavesNothing()
    {
        var plan = await portal.ProvincialPlanIdAsync("17");
        var before = await PlanAsync(plan);
        Assert.True(before.IsClosed);
        var department = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var details = await department.GetDocumentAsync($"/Plans/Details/{plan}");
        Assert.NotNull(details.QuerySelector("#plan-closed"));
        Assert.NotNull(details.QuerySelector("#reopen-year"));
        Assert.Null(details.QuerySelector("#adjust-estimate"));
        var allocations = await portal.AllocationCountAsync(plan);
        var entry = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan)
            .Select(a => a.Id).FirstAsync());
        var token = await department.GetSignedInTokenAsync();
        var version = before.Version.ToString();

        foreach (var url in new[] { $"/Plans/Allocate/{plan}", $"/Plans/Edit/{plan}", $"/Plans/{plan}/AdjustEstimate",
                     $"/Plans/{plan}/YearEnd", $"/Plans/Correct/{plan}?allocationId={entry}",
                     $"/Plans/{plan}/Allocations/{entry}/Projects" })
        {
            await Expect.StatusAsync(HttpStatusCode.Conflict, await department.GetAsync(url));
            var post = await department.PostAsync(url, new FormUrlEncodedContent(
                [new("Version", version), new("Estimate", "500"), new("DecisionNumber", "9/QĐ-UBND"),
                 new("DecisionDate", "2021-12-01"), new("Reason", "Thử"), new("Change", "-1"), new("Tranche", "3"),
                 new("Note", "Thử"), new(PortalClientExtensions.TokenField, token)]));
            await Expect.StatusAsync(HttpStatusCode.Conflict, post);
        }

        var after = await PlanAsync(plan);
        Assert.Equal(
            (before.Version, before.EstimateDong, before.Note, before.Revisions.Count, before.YearEvents.Count),
            (after.Version, after.EstimateDong, after.Note, after.Revisions.Count, after.YearEvents.Count));
        Assert.Equal(allocations, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task ClosedYearGuard_ProjectOfAClosedYearChangedAnyWay_RefusedBeforeAnythingIsWritten()
    {
        var id = await portal.WithDbAsync(db => db.Projects.Where(p => p.Fund == Fund.Kcdp && p.Year == 2021
            && p.ProvinceCode == "17").Select(p => p.Id).FirstAsync());
        var before = await portal.ProjectAsync(id);
        var audit = await portal.WithDbAsync(db => db.AuditLog.CountAsync());

        var refusal = await portal.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == id);
            db.Entry(project).Property(p => p.Name).CurrentValue = "Đổi tên sau khi khóa sổ";
            return await Assert.ThrowsAsync<WorkflowException>(() => db.SaveChangesAsync());
        });

        Assert.Contains("Năm kế hoạch {0} ({1}) đã khóa sổ", refusal.MessageKey);
        Assert.Equal(before.Name, (await portal.ProjectAsync(id)).Name);
        Assert.Equal(audit, await portal.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task Demo_HoaBinh2021Kcdp_SettledLinkedAndClosed_NothingOf2021KcdpInProgress()
    {
        var plan = await PlanAsync(await portal.ProvincialPlanIdAsync("17"));
        var projects = await portal.WithDbAsync(db => db.Projects.AsNoTracking()
            .Where(p => p.Fund == Fund.Kcdp && p.Year == 2021).ToListAsync());

        Assert.True(plan.IsClosed);
        Assert.Equal(PlanYearEventKind.Closed, Assert.Single(plan.YearEvents).Kind);
        Assert.Equal(2, projects.Count(p => p.ProvinceCode == "17"));
        Assert.All(projects, p => Assert.Equal(ProjectStatus.Settled, p.Status));
        var linked = await portal.WithDbAsync(db => db.AllocationProjects
            .Where(l => l.Allocation!.PlanId == plan.Id).Select(l => l.ProjectId).ToListAsync());
        Assert.Equal(projects.Select(p => p.Id).Order(), linked.Order());
    }
}
