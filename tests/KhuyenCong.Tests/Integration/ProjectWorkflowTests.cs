using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The role × step matrix through the web: the main path from a district's draft to the ministry's approval,
/// refusals by role (403), by state (409), by self-approval (403), by rule (page again, nothing saved).
/// </summary>
public sealed class ProjectWorkflowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    // Since 01/07/2025 the Cao Phong district has ended (its officer reads only): Phú Thọ's department, whose area
    // holds the legacy Hòa Bình units, drafts and implements the test projects.
    private const string Drafter = DemoAccounts.PhuThoDepartment;

    private async Task<int> NewDraftAsync(string creator = Drafter, string name = "Hỗ trợ máy ép dầu lạc")
    {
        var client = await As(creator);
        // Implemented by the centre: the department appraises it (the implementer never appraises its own, DOMAIN §11).
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        return await client.CreateDraftAsync(ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary, name));
    }

    private static async Task<int> InboxCountAsync(HttpClient client)
    {
        var badge = (await client.GetDocumentAsync("/Inbox")).QuerySelector("#inbox-count");
        return badge is null ? 0 : int.Parse(badge.TextContent.Trim());
    }

    [Fact]
    public async Task MainPath_DistrictDraftsDepartmentAppraisesMinistryApproves_HistoryAndInboxFollow()
    {
        var district = await As(Drafter);
        var department = await As(DemoAccounts.HoaBinhDepartment);
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var departmentBefore = await InboxCountAsync(department);
        var ministryBefore = await InboxCountAsync(ministry);

        var id = await NewDraftAsync();
        var project = await portal.ProjectAsync(id);
        Assert.StartsWith("KCQG-2025-HBH-", project.Code);
        Assert.Equal(ProjectStatus.Draft, project.Status);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await district.StepAsync(portal, id, "Submit"));
        Assert.Equal(departmentBefore + 1, await InboxCountAsync(department));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await department.StepAsync(portal, id, "Appraise", ("Score", "82"), ("Amount", "280"), ("Comment", "Đạt")));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await department.StepAsync(portal, id, "Register"));
        Assert.Equal(departmentBefore, await InboxCountAsync(department));
        Assert.Equal(ministryBefore + 1, await InboxCountAsync(ministry));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.StepAsync(portal, id, "Approve",
            ("Score", "88"), ("Amount", "280"), ("DecisionNumber", "500/QĐ-BCT"), ("DecisionDate", "2026-05-20")));
        Assert.Equal(ministryBefore, await InboxCountAsync(ministry));

        project = await portal.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(280_000_000, project.ApprovedSupportDong);
        Assert.Equal([ProjectAction.Created, ProjectAction.Submitted, ProjectAction.BaseAppraised, ProjectAction.Registered, ProjectAction.Approved],
            project.History.OrderBy(h => h.Id).Select(h => h.Action));
        var timeline = (await department.GetDocumentAsync($"/Projects/Details/{id}")).QuerySelector("#timeline")!.TextContent;
        Assert.Contains("500/QĐ-BCT", timeline);
        Assert.Contains("Nguyễn Văn Bộ", timeline);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l => l.EntityType == nameof(Project) && l.EntityKey == id.ToString() && l.UserName == DemoAccounts.MinistryOfficer)));
    }

    [Theory]
    [InlineData(DemoAccounts.CaoPhongDistrict, "Appraise")]
    [InlineData(DemoAccounts.HoaBinhLeader, "Appraise")]
    [InlineData(DemoAccounts.MinistryLeader, "Return")]
    [InlineData(DemoAccounts.Admin, "Appraise")]
    [InlineData(DemoAccounts.MinistryOfficer, "Register")]
    public async Task Step_RoleLacking_Returns403AndChangesNothing(string email, string step)
    {
        var id = await NewDraftAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect, await (await As(Drafter)).StepAsync(portal, id, "Submit"));
        var before = await portal.ProjectAsync(id);

        var response = await (await As(email)).StepAsync(portal, id, step, ("Score", "80"), ("Amount", "100"), ("Comment", "x"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var after = await portal.ProjectAsync(id);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.History.Count, after.History.Count);
    }

    [Theory]
    [InlineData("Approve", DemoAccounts.MinistryOfficer)]
    [InlineData("Register", DemoAccounts.HoaBinhDepartment)]
    [InlineData("Accept", DemoAccounts.HoaBinhDepartment)]
    [InlineData("Settle", DemoAccounts.HoaBinhDepartment)]
    [InlineData("Submit", Drafter)]
    public async Task Step_NotAllowedFromSubmitted_Returns409AndChangesNothing(string step, string email)
    {
        var id = await NewDraftAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect, await (await As(Drafter)).StepAsync(portal, id, "Submit"));

        var response = await (await As(email)).StepAsync(portal, id, step,
            ("Score", "80"), ("Amount", "100"), ("DecisionNumber", "1/QĐ"), ("DecisionDate", "2026-06-01"));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("Đã gửi", await response.Content.ReadAsStringAsync());
        var project = await portal.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Submitted, project.Status);
        Assert.Equal(2, project.History.Count);
    }

    [Fact]
    public async Task DepartmentRoleInANationwideServiceUnit_CannotTakeProvincialSteps()
    {
        var user = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.DepartmentOfficer, DemoOrganisations.ServiceCentre1);
        var id = await NewDraftAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect, await (await As(Drafter)).StepAsync(portal, id, "Submit"));
        var client = await As(user.Email!);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.StepAsync(portal, id, "Appraise", ("Score", "90"), ("Amount", "300")));
        var plan = await portal.ProvincialPlanIdAsync("17");
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync($"/Plans/Allocate/{plan}"));
        Assert.Equal(ProjectStatus.Submitted, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Appraise_OwnProject_Returns403()
    {
        var id = await NewDraftAsync(DemoAccounts.HoaBinhDepartment);
        var department = await As(DemoAccounts.HoaBinhDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await department.StepAsync(portal, id, "Submit"));

        var response = await department.StepAsync(portal, id, "Appraise", ("Score", "90"), ("Amount", "300"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Contains("Bạn đã lập đề án này", await response.Content.ReadAsStringAsync());
        Assert.Equal(ProjectStatus.Submitted, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Approve_WrongStateWithControlCharacterInComment_Still409()
    {
        // The wrong state is the answer; a stray control character must not turn the 409 page into a 400.
        var id = await NewDraftAsync(DemoAccounts.HoaBinhDepartment);
        var department = await As(DemoAccounts.HoaBinhDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await department.StepAsync(portal, id, "Submit"));
        var ministry = await As(DemoAccounts.MinistryOfficer);

        var response = await ministry.StepAsync(portal, id, "Approve", ("Amount", "300"), ("Comment", "ý kiến\u0001"));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Equal(ProjectStatus.Submitted, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Submit_AboveSupportCap_ShowsRuleAndExcess_StaysDraft()
    {
        var client = await As(Drafter);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        // 60% of 600 = 360 asked; the machinery cap allows 50% = 300.
        var id = await client.CreateDraftAsync(ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary, "Vượt mức", "600", "360", "240"));

        var response = await client.StepAsync(portal, id, "Submit");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        var error = page.QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("Ứng dụng máy móc thiết bị tiên tiến", error);
        Assert.Contains("vượt 60 triệu đồng", error);
        Assert.Equal(ProjectStatus.Draft, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Appraise_AmountTypedAmbiguously_KeepsTypedValuesAndExplains()
    {
        var id = await NewDraftAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect, await (await As(Drafter)).StepAsync(portal, id, "Submit"));

        var response = await (await As(DemoAccounts.HoaBinhDepartment)).StepAsync(portal, id, "Appraise", ("Score", "75"), ("Amount", "2,500"), ("Comment", "Giữ lại"));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("không rõ ràng", page.QuerySelector(".alert-danger")!.TextContent);
        var form = page.QuerySelector("form[data-step='Appraise']")!;
        Assert.Equal("2,500", form.QuerySelector("input[name='Amount']")!.GetAttribute("value"));
        Assert.Equal("Giữ lại", form.QuerySelector("textarea[name='Comment']")!.TextContent);
        Assert.Equal(ProjectStatus.Submitted, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Start_BeyondRecipientAllocation_RefusedWithCeiling()
    {
        // Phú Thọ's extension centre of 2021 (the legacy province's; a 2021 project names the organisations of its
        // time) received no 2021 KCQG allocation: a new approved 2021 project it implements cannot start.
        var district = await As(Drafter);
        var implementer = await portal.WithDbAsync(db => db.Organisations
            .Where(o => o.Name == "Trung tâm Khuyến công tỉnh Phú Thọ" && o.ValidTo != null).Select(o => o.Id).SingleAsync());
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary, "Đề án bổ sung 2021");
        fields.RemoveAll(f => f.Key == "Year");
        fields.Add(new("Year", "2021"));
        var id = await district.CreateDraftAsync(fields);
        await district.StepAsync(portal, id, "Submit");
        await (await As(DemoAccounts.HoaBinhDepartment)).StepAsync(portal, id, "Appraise", ("Score", "80"), ("Amount", "100"));
        await (await As(DemoAccounts.HoaBinhDepartment)).StepAsync(portal, id, "Register");
        await (await As(DemoAccounts.MinistryOfficer)).StepAsync(portal, id, "Approve", ("Score", "80"), ("Amount", "100"), ("DecisionNumber", "9/QĐ-BCT"), ("DecisionDate", "2021-08-01"));
        Assert.Equal(ProjectStatus.Approved, (await portal.ProjectAsync(id)).Status);

        // The contract is the implementer's step: its successor today (hoabinh.ttkc works for Phú Thọ's centre) signs.
        var response = await (await As(DemoAccounts.HoaBinhCentre)).StepAsync(portal, id, "Start", ("DecisionNumber", "HĐ 9"), ("DecisionDate", "2021-08-10"));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var error = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("Trung tâm Khuyến công tỉnh Phú Thọ được giao 0 triệu đồng KCQG năm 2021", error);
        Assert.Contains("vượt 100 triệu đồng", error);
        Assert.Equal(ProjectStatus.Approved, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task Start_WithinAllocation_ByTheImplementingOrganisationsSuccessor_MovesThePlanVersion()
    {
        var project = await portal.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.ImplementingOrganisation)
            .OrderBy(p => p.Id).FirstAsync(p => p.Status == ProjectStatus.Approved && p.ProvinceCode != "17"));
        var planVersion = await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Year == project.Year && p.Fund == project.Fund && p.OwnerUnitId == null).Select(p => p.Version).SingleAsync());
        // The legacy implementer ended on 30/06/2025; its successor signs the contract for it (DOMAIN §10).
        var successor = await portal.WithDbAsync(db => db.OrganisationSuccessions
            .Where(s => s.PredecessorId == project.ImplementingOrganisationId).Select(s => s.Successor.Name).FirstOrDefaultAsync());
        var user = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.DepartmentOfficer, successor ?? project.ImplementingOrganisation!.Name);
        var client = await As(user.Email!);

        var response = await client.StepAsync(portal, project.Id, "Start", ("DecisionNumber", "HĐ 77/2021"), ("DecisionDate", "2021-06-01"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(ProjectStatus.InProgress, (await portal.ProjectAsync(project.Id)).Status);
        // The allocating plan was touched in the same save: a concurrent start against it would conflict.
        Assert.True(await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Year == project.Year && p.Fund == project.Fund && p.OwnerUnitId == null).Select(p => p.Version).SingleAsync()) > planVersion);
    }

    [Fact]
    public async Task Carry_ApprovedUnfundedKcqgProject_MovesToLocalFundAwaitingProvincialApproval()
    {
        var project = await portal.WithDbAsync(db => db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Approved && p.Fund == KhuyenCong.Domain.Budgets.Fund.Kcqg && p.ProvinceCode != "17").OrderByDescending(p => p.Id).FirstAsync());
        var ministry = await As(DemoAccounts.MinistryOfficer);

        var response = await ministry.StepAsync(portal, project.Id, "Carry", ("ToFund", "Kcdp"), ("ToYear", project.Year.ToString()), ("Comment", "Không còn kinh phí KCQG"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var after = await portal.ProjectAsync(project.Id);
        Assert.Equal((ProjectStatus.BaseAppraised, KhuyenCong.Domain.Budgets.Fund.Kcdp), (after.Status, after.Fund));
        Assert.Null(after.ApprovedSupportDong);
        Assert.Equal(ProjectAction.Carried, after.History.OrderBy(h => h.Id).Last().Action);
        var again = await ministry.StepAsync(portal, project.Id, "Carry", ("ToFund", "Kcqg"), ("ToYear", (project.Year + 1).ToString()), ("Comment", "x"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, again);
    }

    [Fact]
    public async Task EditDraft_TwoEditorsSameVersion_SecondRefusedFirstKept()
    {
        var id = await NewDraftAsync();
        var first = await As(Drafter);
        var second = await As(DemoAccounts.HoaBinhDepartment);
        var firstToken = await first.GetFormTokenAsync($"/Projects/Edit/{id}");
        var secondToken = await second.GetFormTokenAsync($"/Projects/Edit/{id}");
        var version = (await portal.ProjectAsync(id)).Version;
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var content = await portal.ContentIdAsync("ND04");
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        List<KeyValuePair<string, string>> Fields(string name, string token) =>
            [.. ProjectData.Draft(implementer, content, beneficiary, name), new("Version", version.ToString()), new("__RequestVerificationToken", token)];

        var ok = await first.PostAsync($"/Projects/Edit/{id}", new FormUrlEncodedContent(Fields("Tên của người thứ nhất", firstToken)));
        var conflict = await second.PostAsync($"/Projects/Edit/{id}", new FormUrlEncodedContent(Fields("Tên của người thứ hai", secondToken)));

        await Expect.StatusAsync(HttpStatusCode.Redirect, ok);
        await Expect.StatusAsync(HttpStatusCode.OK, conflict);
        var page = await PortalClientExtensions.ParseHtmlAsync(conflict);
        Assert.Contains("changed by someone else", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Tên của người thứ hai", page.QuerySelector("input[name='Name']")!.GetAttribute("value"));
        Assert.Equal("Tên của người thứ nhất", (await portal.ProjectAsync(id)).Name);
    }

    [Fact]
    public async Task Create_CostLineNotAddingUp_ShowsLineErrorNothingSaved()
    {
        var before = await portal.WithDbAsync(db => db.Projects.CountAsync());
        var client = await As(Drafter);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), null, "Lệch", "600", "300", "250");

        var response = await client.PostFormAsync("/Projects/Create", fields, tokenFromUrl: "/Projects/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("lệch 50 triệu đồng", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await portal.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task Create_LocationOutsideScope_Refused()
    {
        var client = await As(DemoAccounts.CaoPhongCommune);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), null);
        fields.RemoveAll(f => f.Key == "LocationCode");
        fields.Add(new("LocationCode", "155"));

        var response = await client.PostFormAsync("/Projects/Create", fields, tokenFromUrl: "/Projects/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Không có huyện/xã mã 155 trong địa bàn của bạn", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Details_AppraiserSeesDuplicateFundingWarning()
    {
        var id = await portal.ProjectIdAsync("KCQG-2022-HBH-001");
        var page = await (await As(DemoAccounts.HoaBinhCentre)).GetDocumentAsync($"/Projects/Details/{id}");
        var warning = page.QuerySelector("#duplicate-warning")!.TextContent;
        Assert.Contains("5400412345", warning);
        Assert.Contains("KCQG-2021-HBH-001", warning);
    }
}
