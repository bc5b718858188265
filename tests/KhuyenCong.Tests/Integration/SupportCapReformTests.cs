using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Caps after the 2025 reform (DOMAIN §5, §10): every rule names its legal basis, an approval is checked against
/// the rules in force on its decision's date (Decree 235/2025/NĐ-CP, 15/10/2025), the demonstration-model cap is
/// per model, the complete-line and new-enterprise rules apply when the project says so, and the 2026–2030
/// programme is reference data.
/// </summary>
public sealed class SupportCapReformTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // The Cao Phong district ended on 30/06/2025 (its officer reads only): Phú Thọ's department drafts.
    private const string Drafter = DemoAccounts.PhuThoDepartment;

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static List<KeyValuePair<string, string>> Rule(string name, int content, string percent, string amount,
        string from, string? to, string instrument, string article, string multiplier = "PerEstablishment")
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Name", name), new("Fund", "Kcqg"), new("ActivityContentId", content.ToString()),
            new("MaxPercent", percent), new("CapAmount", amount), new("Multiplier", multiplier),
            new("Condition", "None"), new("LegalInstrument", instrument), new("LegalArticle", article),
            new("ValidFrom", from),
        ];
        if (to is not null) fields.Add(new("ValidTo", to));
        return fields;
    }

    /// <summary>Submitted by the district, appraised and registered by the department: for the ministry.</summary>
    private async Task<int> RegisteredAsync(string name, string content, string total, string support)
    {
        var district = await As(Drafter);
        // Implemented by the centre: the department appraises it (the implementer never appraises its own, DOMAIN §11).
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var half = (decimal.Parse(total) - decimal.Parse(support)).ToString();
        var id = await district.CreateDraftAsync(ProjectData.Draft(implementer, await portal.ContentIdAsync(content),
            beneficiary, name, total, support, half));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await district.StepAsync(portal, id, "Submit"));
        var department = await As(DemoAccounts.HoaBinhDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.StepAsync(portal, id, "Appraise", ("Score", "80"), ("Amount", support)));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await department.StepAsync(portal, id, "Register"));
        return id;
    }

    [Fact]
    public async Task Approval_IsCheckedAgainstTheRulesInForceOnTheDecisionDate()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var content = await portal.ContentIdAsync("ND06");
        // Old rule stricter (100 million) than the new (300): what binds depends on the decision's date only.
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync("/SupportCaps/Create",
            Rule("SXSH theo quy định cũ", content, "50", "100", "2020-01-01", "2025-10-14",
                "Thông tư 28/2018/TT-BTC", "Mức chi sản xuất sạch hơn"), tokenFromUrl: "/SupportCaps/Create"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync("/SupportCaps/Create",
            Rule("SXSH theo Nghị định 235", content, "50", "300", "2025-10-15", null,
                "Nghị định 235/2025/NĐ-CP", "Mức chi sản xuất sạch hơn"), tokenFromUrl: "/SupportCaps/Create"));
        // Submitted today under the new rule: 250 ≤ min(50% × 600, 300).
        var id = await RegisteredAsync("Sản xuất sạch hơn chế biến cam", "ND06", "600", "250");

        var before = await ministry.StepAsync(portal, id, "Approve", ("Score", "85"), ("Amount", "250"),
            ("DecisionNumber", "700/QĐ-BCT"), ("DecisionDate", "2025-10-01"));

        await Expect.StatusAsync(HttpStatusCode.OK, before);
        var error = (await PortalClientExtensions.ParseHtmlAsync(before)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("SXSH theo quy định cũ", error);
        Assert.Contains("Thông tư 28/2018/TT-BTC", error);
        Assert.Contains("vượt 150 triệu đồng", error);
        Assert.Equal(ProjectStatus.Registered, (await portal.ProjectAsync(id)).Status);

        var after = await ministry.StepAsync(portal, id, "Approve", ("Score", "85"), ("Amount", "250"),
            ("DecisionNumber", "701/QĐ-BCT"), ("DecisionDate", "2025-10-20"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, after);
        var project = await portal.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(250_000_000, project.ApprovedSupportDong);
        Assert.Equal(new DateOnly(2025, 10, 20), project.ApprovalDecisionDate);
    }

    [Fact]
    public async Task Cap_WithoutLegalBasis_RefusedWithMessage_NothingSaved()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var content = await portal.ContentIdAsync("ND01");

        var response = await ministry.PostFormAsync("/SupportCaps/Create",
            Rule("Không có căn cứ", content, "50", "100", "2026-01-01", null, "", ""),
            tokenFromUrl: "/SupportCaps/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var error = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("phải ghi căn cứ pháp lý", error);
        Assert.False(await portal.WithDbAsync(db => db.SupportCaps.AnyAsync(c => c.Name == "Không có căn cứ")));
    }

    [Fact]
    public async Task LegalBasis_ShownInList_EditedByMinistry_ClearingItRefused_LeaderForbidden()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var cap = await portal.WithDbAsync(db => db.SupportCaps.AsNoTracking()
            .SingleAsync(c => c.Condition == CapCondition.CompleteProductionLine && c.ValidTo == null));
        var list = (await ministry.GetDocumentAsync("/SupportCaps")).QuerySelector("#caps")!.TextContent;
        Assert.Contains("Nghị định 235/2025/NĐ-CP", list);
        Assert.Contains("Thông tư 28/2018/TT-BTC", list);
        Assert.Contains("Dây chuyền sản xuất hoàn chỉnh", list);

        var url = $"/SupportCaps/LegalBasis/{cap.Id}";
        var cleared = await ministry.PostFormAsync(url, [new("LegalInstrument", "Nghị định 235/2025/NĐ-CP"),
            new("LegalArticle", " "), new("Version", cap.Version.ToString())], tokenFromUrl: url);
        await Expect.StatusAsync(HttpStatusCode.OK, cleared);
        Assert.Contains("điều, khoản", (await PortalClientExtensions.ParseHtmlAsync(cleared))
            .QuerySelector(".alert-danger")!.TextContent);

        var saved = await ministry.PostFormAsync(url, [new("LegalInstrument", "Nghị định 235/2025/NĐ-CP"),
            new("LegalArticle", "Điều 1 (sửa đổi Điều 4 Nghị định 45/2012/NĐ-CP)"),
            new("Version", cap.Version.ToString())], tokenFromUrl: url);
        await Expect.StatusAsync(HttpStatusCode.Redirect, saved);
        Assert.Equal("Điều 1 (sửa đổi Điều 4 Nghị định 45/2012/NĐ-CP)",
            await portal.WithDbAsync(db => db.SupportCaps.Where(c => c.Id == cap.Id).Select(c => c.LegalArticle)
                .SingleAsync()));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await (await As(DemoAccounts.HoaBinhLeader)).GetAsync(url));
    }

    [Fact]
    public async Task DemonstrationModel_TwoBeneficiariesOneModel_2000Refused_1000Accepted()
    {
        var district = await As(Drafter);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND03"),
            await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong"), "Mô hình trình diễn sấy cam",
            "10000", "2000", "8000", kind: "Group");
        fields.Add(new("BeneficiaryIds", (await portal.EstablishmentIdAsync("Hợp tác xã chè Thung Nai")).ToString()));
        fields.Add(new("DemonstrationModels", "1"));
        var id = await district.CreateDraftAsync(fields);

        var response = await district.StepAsync(portal, id, "Submit");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var error = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("Mô hình trình diễn kỹ thuật (KCQG)", error);
        Assert.Contains("Nghị định 235/2025/NĐ-CP", error);
        Assert.Contains("vượt 1.000 triệu đồng", error);
        Assert.Equal(ProjectStatus.Draft, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task CompleteLine_Gets450_OnlyWhenTicked()
    {
        var district = await As(Drafter);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"),
            await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong"), "Dây chuyền chế biến cam", "1000", "450",
            "550");
        var plain = await district.CreateDraftAsync(fields);
        var refused = await district.StepAsync(portal, plain, "Submit");
        await Expect.StatusAsync(HttpStatusCode.OK, refused);
        Assert.Contains("vượt 150 triệu đồng", (await PortalClientExtensions.ParseHtmlAsync(refused))
            .QuerySelector(".alert-danger")!.TextContent);

        fields.Add(new("IsCompleteProductionLine", "true"));
        var line = await district.CreateDraftAsync(fields);
        Assert.True((await portal.ProjectAsync(line)).IsCompleteProductionLine);
        Assert.Contains("Đầu tư dây chuyền sản xuất hoàn chỉnh",
            (await district.GetDocumentAsync($"/Projects/Details/{line}")).Body!.TextContent);
        var edit = await district.GetDocumentAsync($"/Projects/Edit/{line}");
        Assert.NotNull(edit.QuerySelector("input[name=IsCompleteProductionLine][checked]"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await district.StepAsync(portal, line, "Submit"));
        Assert.Equal(ProjectStatus.Submitted, (await portal.ProjectAsync(line)).Status);
    }

    [Fact]
    public async Task NewEnterpriseInDisadvantagedArea_CappedAtTenMillion()
    {
        var district = await As(Drafter);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND07"), null,
            "Hỗ trợ thành lập doanh nghiệp chế biến cam", "30", "12", "18");
        fields.Add(new("IsNewEnterpriseInDisadvantagedArea", "true"));
        var id = await district.CreateDraftAsync(fields);

        var response = await district.StepAsync(portal, id, "Submit");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var error = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("Thành lập doanh nghiệp mới tại địa bàn khó khăn", error);
        Assert.Contains("vượt 2 triệu đồng", error);
    }

    [Fact]
    public async Task Programme2026To2030_SeededOnce_Visible_OfferedToPlans()
    {
        await DatabaseInitializer.InitialiseAsync(portal.Services);
        var national = await portal.WithDbAsync(db => db.Programmes.AsNoTracking()
            .Where(p => p.ProvinceUnitId == null).ToListAsync());
        var programme = Assert.Single(national, p => p.StartYear == 2026);
        Assert.Equal((2030, "2646/QĐ-BCT", new DateOnly(2025, 9, 23)),
            (programme.EndYear, programme.DecisionNumber, programme.DecisionDate));
        Assert.Contains(national, p => p.StartYear == 2021);
        Assert.True(programme.Covers(2026));
        // Seeding again added no default cap either: two periods of four rules.
        string[] defaults = ["ND03", "ND04", "ND07"];
        Assert.Equal(8, await portal.WithDbAsync(db => db.SupportCaps.CountAsync(c => c.ProvinceUnitId == null
            && defaults.Contains(c.ActivityContent!.Code)
            && (c.LegalInstrument == "Thông tư 28/2018/TT-BTC" || c.LegalInstrument == "Nghị định 235/2025/NĐ-CP")
            && (c.ValidFrom == new DateOnly(2020, 11, 24) || c.ValidFrom == new DateOnly(2025, 10, 15)))));

        var leader = await As(DemoAccounts.HoaBinhLeader);
        var page = (await leader.GetDocumentAsync("/Programmes")).Body!.TextContent;
        Assert.Contains("Chương trình khuyến công quốc gia giai đoạn 2026 – 2030", page);
        Assert.Contains("2646/QĐ-BCT", page);
        Assert.Contains("23/09/2025", page);

        var ministry = await As(DemoAccounts.MinistryOfficer);
        var form = await ministry.GetDocumentAsync("/Plans/Create?fund=Kcqg");
        Assert.Contains(form.QuerySelectorAll("select[name=ProgrammeId] option"),
            o => o.GetAttribute("value") == programme.Id.ToString() && o.TextContent.Contains("2026–2030"));
    }

    [Fact]
    public async Task DefaultSeededBeforeLegalBasis_IsCompletedCountedPerModelAndEnded()
    {
        // A database seeded before this release: the demonstration-model default has no legal basis, is counted
        // per establishment and has no end.
        var id = await portal.WithDbAsync(db => db.SupportCaps.Where(c => c.ProvinceUnitId == null
            && c.ActivityContent!.Code == "ND03" && c.ValidFrom == new DateOnly(2020, 11, 24)).Select(c => c.Id)
            .SingleAsync());
        await portal.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""
             UPDATE SupportCaps SET LegalInstrument = '', LegalArticle = '', Multiplier = 0, ValidTo = NULL
             WHERE Id = {id}
             """));
        // ... and no record of this build's reference seeding (issue 16: a later start of the same build skips it).
        await portal.WithDbAsync(db => db.SeedingStates.ExecuteDeleteAsync());

        await DatabaseInitializer.InitialiseAsync(portal.Services);

        var cap = await portal.WithDbAsync(db => db.SupportCaps.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Thông tư 28/2018/TT-BTC", cap.LegalInstrument);
        Assert.Equal(CapMultiplier.PerDemonstrationModel, cap.Multiplier);
        Assert.Equal(new DateOnly(2025, 10, 14), cap.ValidTo);
    }
}
