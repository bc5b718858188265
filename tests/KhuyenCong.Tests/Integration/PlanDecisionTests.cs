using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Step 5 of the yearly cycle: one plan decision approves or rejects the year's waiting projects under one number and
/// date, all or nothing. KCQG by the ministry (the score defaults to the council's mean, the amount to the appraised
/// one); KCĐP recorded by the department for its People's Committee. Every refusal leaves every project as it was.
/// </summary>
public sealed class PlanDecisionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static KeyValuePair<string, string> F(string key, object value) => new(key, value.ToString()!);

    private Task<int> DecisionCountAsync() => portal.WithDbAsync(db => db.PlanDecisions.CountAsync());

    private Task<long> VersionAsync(int id) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

    private async Task<List<KeyValuePair<string, string>>> RowAsync(int index, int id, string choice,
        string? score = null, string? amount = null, string? reason = null)
    {
        List<KeyValuePair<string, string>> fields =
        [
            F($"Rows[{index}].ProjectId", id), F($"Rows[{index}].Version", await VersionAsync(id)),
            F($"Rows[{index}].Choice", choice),
        ];
        if (score is not null) fields.Add(F($"Rows[{index}].Score", score));
        if (amount is not null) fields.Add(F($"Rows[{index}].Amount", amount));
        if (reason is not null) fields.Add(F($"Rows[{index}].Reason", reason));
        return fields;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string fund, string number,
        IEnumerable<KeyValuePair<string, string>> rows) =>
        client.PostFormAsync("/PlanDecisions/Create",
            [F("Fund", fund), F("Year", CycleData.Year), F("Number", number), F("Date", "2025-01-20"), .. rows],
            tokenFromUrl: "/");

    [Fact]
    public async Task Kcqg_OneDecisionApprovesAndRejects_DefaultsFromCouncil_RecordShown()
    {
        var councilId = await portal.CouncilAsync();
        var (email, _) = await portal.MemberAsync(councilId);
        var scored = await portal.WaitingProjectAsync("Máy chế biến chè – được duyệt");
        var weak = await portal.WaitingProjectAsync("Máy ép – không duyệt");
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await (await portal.ClientAsync(email)).ScoreAsync(councilId, scored, 17, 24, 20, 12, 8));
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);

        // The form offers the scored project for approval with the council's mean and the appraised amount.
        var form = await ministry.GetDocumentAsync($"/PlanDecisions/Create?fund=Kcqg&year={CycleData.Year}");
        var row = form.QuerySelector($"#rows tr[data-project-id='{scored}']")!;
        Assert.Equal("81", row.QuerySelector("input[name$='.Score']")!.GetAttribute("value"));
        Assert.Equal("280", row.QuerySelector("input[name$='.Amount']")!.GetAttribute("value"));
        Assert.Contains("chấm 1/1", row.QuerySelector("[data-council]")!.TextContent);
        Assert.NotNull(form.QuerySelector($"#rows tr[data-project-id='{weak}'] option[value='Omit'][selected]"));

        var response = await PostAsync(ministry, "Kcqg", "1001/QĐ-BCT",
            [.. await RowAsync(0, scored, "Approve"), .. await RowAsync(1, weak, "Reject", reason: "Trùng nội dung")]);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var approved = await portal.ProjectAsync(scored);
        Assert.Equal(ProjectStatus.Approved, approved.Status);
        Assert.Equal(81, approved.MinistryScore);
        Assert.Equal(280_000_000, approved.ApprovedSupportDong);
        Assert.Equal("1001/QĐ-BCT", approved.ApprovalDecisionNumber);
        Assert.Equal(new DateOnly(2025, 1, 20), approved.ApprovalDecisionDate);
        Assert.Equal(ProjectStatus.Rejected, (await portal.ProjectAsync(weak)).Status);
        var decision = await portal.WithDbAsync(db => db.PlanDecisions.Include(d => d.Items)
            .SingleAsync(d => d.Number == "1001/QĐ-BCT"));
        Assert.Equal([PlanOutcome.Approved, PlanOutcome.Rejected],
            decision.Items.OrderBy(i => i.Outcome).Select(i => i.Outcome));
        Assert.Equal(81, decision.Items.Single(i => i.ProjectId == scored).CouncilMean);

        var page = await ministry.GetDocumentAsync(Expect.Location(response));
        Assert.Equal("1001/QĐ-BCT", page.QuerySelector("#decision-number")!.TextContent.Trim());
        Assert.Equal("Approved",
            page.QuerySelector($"#items tr[data-project-id='{scored}']")!.GetAttribute("data-outcome"));
        Assert.Contains("Trùng nội dung", page.QuerySelector($"#items tr[data-project-id='{weak}']")!.TextContent);
        // The province reads the national decision too, its own lines.
        var province = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var provincePage = await province.GetDocumentAsync(Expect.Location(response));
        Assert.NotNull(provincePage.QuerySelector($"#items tr[data-project-id='{scored}']"));
        // The council's work on a decided project is over: a late sheet is refused (409).
        await Expect.StatusAsync(HttpStatusCode.Conflict,
            await (await portal.ClientAsync(email)).ScoreAsync(councilId, scored, 20, 30, 25, 15, 10));
    }

    [Fact]
    public async Task Kcqg_OneProjectRefused_NothingSaved_FormShowsReasonOnItsRow()
    {
        var good = await portal.WaitingProjectAsync("Máy sấy – hợp lệ");
        var over = await portal.WaitingProjectAsync("Máy sấy – vượt kinh phí");
        var noReason = await portal.WaitingProjectAsync("Máy sấy – thiếu lý do");
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var before = await DecisionCountAsync();
        var history = await portal.WithDbAsync(db => db.ProjectHistory.CountAsync());

        var response = await PostAsync(ministry, "Kcqg", "1002/QĐ-BCT",
        [
            .. await RowAsync(0, good, "Approve", score: "85", amount: "280"),
            .. await RowAsync(1, over, "Approve", score: "80", amount: "300"),
            .. await RowAsync(2, noReason, "Reject"),
        ]);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("không đề án nào thay đổi", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Contains("vượt 20 triệu đồng",
            page.QuerySelector($"#rows tr[data-project-id='{over}'] [data-refusal]")!.TextContent);
        Assert.Contains("lý do không phê duyệt",
            page.QuerySelector($"#rows tr[data-project-id='{noReason}'] [data-refusal]")!.TextContent);
        Assert.Null(page.QuerySelector($"#rows tr[data-project-id='{good}'] [data-refusal]"));
        // What was typed stays.
        Assert.Equal("300", page.QuerySelector($"#rows tr[data-project-id='{over}'] input[name$='.Amount']")!
            .GetAttribute("value"));
        Assert.Equal("1002/QĐ-BCT", page.QuerySelector("input[name='Number']")!.GetAttribute("value"));

        foreach (var id in new[] { good, over, noReason })
            Assert.Equal(ProjectStatus.Registered, (await portal.ProjectAsync(id)).Status);
        Assert.Null((await portal.ProjectAsync(good)).MinistryScore);
        Assert.Equal(before, await DecisionCountAsync());
        Assert.Equal(history, await portal.WithDbAsync(db => db.ProjectHistory.CountAsync()));
    }

    [Fact]
    public async Task Kcqg_NoScoreAndNoCouncilMean_RefusedOnTheRow_NothingSaved()
    {
        var id = await portal.WaitingProjectAsync("Máy – chưa có điểm");
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var before = await DecisionCountAsync();

        var response = await PostAsync(ministry, "Kcqg", "1003/QĐ-BCT", await RowAsync(0, id, "Approve"));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("điểm thẩm định của Bộ", (await PortalClientExtensions.ParseHtmlAsync(response))
            .QuerySelector($"#rows tr[data-project-id='{id}'] [data-refusal]")!.TextContent);
        Assert.Equal(ProjectStatus.Registered, (await portal.ProjectAsync(id)).Status);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Kcqg_ByADepartment_403_NothingSaved()
    {
        var id = await portal.WaitingProjectAsync("Máy – Sở không phê duyệt KCQG");
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var before = await DecisionCountAsync();

        await Expect.StatusAsync(HttpStatusCode.Forbidden,
            await department.GetAsync($"/PlanDecisions/Create?fund=Kcqg&year={CycleData.Year}"));
        var response = await PostAsync(department, "Kcqg", "1004/QĐ-BCT", await RowAsync(0, id, "Approve", "80"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(ProjectStatus.Registered, (await portal.ProjectAsync(id)).Status);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Decision_NumberAlreadyRecorded_FormAgain_NothingSaved()
    {
        var first = await portal.WaitingProjectAsync("Máy – quyết định đầu");
        var second = await portal.WaitingProjectAsync("Máy – trùng số quyết định");
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await PostAsync(ministry, "Kcqg", "1005/QĐ-BCT", await RowAsync(0, first, "Approve", "80")));
        var before = await DecisionCountAsync();

        var response = await PostAsync(ministry, "Kcqg", "1005/QĐ-BCT", await RowAsync(0, second, "Approve", "80"));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("đã được ghi", await response.Content.ReadAsStringAsync());
        Assert.Equal(ProjectStatus.Registered, (await portal.ProjectAsync(second)).Status);
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Kcdp_DepartmentRecordsPeopleCommitteeDecision_ForItsBaseAppraisedProjects()
    {
        var id = await portal.WaitingProjectAsync("Máy KCĐP – UBND tỉnh duyệt", fund: "Kcdp");
        // Neither the drafter nor the appraiser of the project: a third officer of the Sở records the decision.
        var recorder = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.DepartmentOfficer,
            DemoOrganisations.PhuThoDepartment);
        var department = await portal.ClientAsync(recorder.Email!);
        var form = await department.GetDocumentAsync($"/PlanDecisions/Create?fund=Kcdp&year={CycleData.Year}");
        Assert.NotNull(form.QuerySelector($"#rows tr[data-project-id='{id}'] option[value='Approve'][selected]"));
        Assert.Null(form.QuerySelector($"#rows tr[data-project-id='{id}'] option[value='Reject']"));

        var response = await PostAsync(department, "Kcdp", "77/QĐ-UBND",
            await RowAsync(0, id, "Approve", amount: "250"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var project = await portal.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(250_000_000, project.ApprovedSupportDong);
        Assert.Equal("77/QĐ-UBND", project.ApprovalDecisionNumber);
        var decision = await portal.WithDbAsync(db => db.PlanDecisions.SingleAsync(d => d.Number == "77/QĐ-UBND"));
        Assert.NotNull(decision.ScopeUnitId);
        // Another province's department does not see it; the ministry does.
        var other = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.DepartmentOfficer,
            "Sở Công Thương thành phố Hà Nội");
        await Expect.StatusAsync(HttpStatusCode.NotFound,
            await (await portal.ClientAsync(other.Email!)).GetAsync($"/PlanDecisions/Details/{decision.Id}"));
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        await ministry.GetDocumentAsync($"/PlanDecisions/Details/{decision.Id}");
    }

    [Fact]
    public async Task Kcdp_ProjectOfAnotherProvince_404_NothingSaved()
    {
        var id = await portal.WaitingProjectAsync("Máy KCĐP – tỉnh khác", fund: "Kcdp");
        var other = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.DepartmentOfficer,
            "Sở Công Thương thành phố Hà Nội");
        var before = await DecisionCountAsync();

        var response = await PostAsync(await portal.ClientAsync(other.Email!), "Kcdp", "78/QĐ-UBND",
            await RowAsync(0, id, "Approve"));

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        Assert.Equal(ProjectStatus.BaseAppraised, (await portal.ProjectAsync(id)).Status);
        Assert.Equal(before, await DecisionCountAsync());
    }
}
