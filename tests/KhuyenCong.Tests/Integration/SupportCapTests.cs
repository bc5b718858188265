using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Caps are configurable: a province adds its own rule for the local fund and submissions are checked against it.</summary>
public sealed class SupportCapTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ProvinceRule_AppliesToItsKcdpProjects()
    {
        var department = portal.CreateClient();
        await department.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var content = await portal.ContentIdAsync("ND04");

        var created = await department.PostFormAsync("/SupportCaps/Create",
            [new("Name", "Máy móc KCĐP Hòa Bình"), new("Fund", "Kcdp"), new("ActivityContentId", content.ToString()),
             new("MaxPercent", "30"), new("CapAmount", "150"), new("ValidFrom", "2020-01-01"),
             new("LegalInstrument", "Quyết định 12/2020/QĐ-UBND"),
             new("LegalArticle", "Điều 5")], tokenFromUrl: "/SupportCaps/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var rule = await portal.WithDbAsync(db => db.SupportCaps.Include(c => c.ActivityContent).SingleAsync(c => c.Name == "Máy móc KCĐP Hòa Bình"));
        Assert.NotNull(rule.ProvinceUnitId);

        // hoabinh.so works for Phú Thọ since 01/07/2025, so the rule is Phú Thọ's: a colleague drafts a project in
        // Phường Hòa Bình (current commune 04795 of Phú Thọ), implemented by Phú Thọ's centre.
        var district = portal.CreateClient();
        await district.SignInAsync(DemoAccounts.PhuThoDepartment);
        var implementer = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        // 30% of 600 = 180 but 150 per establishment × 1 binds: 200 asked is refused by the province's rule, by 50 million.
        var fields = ProjectData.Draft(implementer, content, beneficiary, "Máy KCĐP", "600", "200", "400", fund: "Kcdp");
        fields.RemoveAll(f => f.Key is "LocationGeneration" or "LocationCode");
        fields.AddRange([new("LocationGeneration", "Current"), new("LocationCode", "04795")]);
        var id = await district.CreateDraftAsync(fields);
        var response = await district.StepAsync(portal, id, "Submit");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Máy móc KCĐP Hòa Bình", text);
        Assert.Contains("Quyết định 12/2020/QĐ-UBND", text);
        Assert.Contains("vượt 50 triệu đồng", text);
        Assert.Equal(ProjectStatus.Draft, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task DepartmentOfficer_CannotSetNationalFundRule()
    {
        var department = portal.CreateClient();
        await department.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var content = await portal.ContentIdAsync("ND03");

        var response = await department.PostFormAsync("/SupportCaps/Create",
            [new("Name", "Không được"), new("Fund", "Kcqg"), new("ActivityContentId", content.ToString()),
             new("MaxPercent", "90"), new("CapAmount", "5.000"), new("ValidFrom", "2020-01-01"),
             new("LegalInstrument", "Quyết định 12/2020/QĐ-UBND"),
             new("LegalArticle", "Điều 5")], tokenFromUrl: "/SupportCaps/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("chỉ quy định mức hỗ trợ cho nguồn KCĐP", await response.Content.ReadAsStringAsync());
        Assert.False(await portal.WithDbAsync(db => db.SupportCaps.AnyAsync(c => c.Name == "Không được")));
    }

    [Fact]
    public async Task Leader_CannotAddRule()
    {
        var leader = portal.CreateClient();
        await leader.SignInAsync(DemoAccounts.HoaBinhLeader);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await leader.GetAsync("/SupportCaps/Create"));
        var list = await leader.GetDocumentAsync("/SupportCaps");
        Assert.Contains("Ứng dụng máy móc thiết bị tiên tiến", list.QuerySelector("#caps")!.TextContent);
    }
}
