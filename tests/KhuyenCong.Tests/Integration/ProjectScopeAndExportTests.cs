using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Reading projects: scope on every page, download and API call; the exports and the API against the database.</summary>
[Collection(SharedPortal.Name)]
public sealed class ProjectScopeAndExportTests(PortalFactory portal)
{
    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>A demo project outside Hòa Bình: the first of the other provinces, in Hà Nội (code 01).</summary>
    private Task<Project> OtherProvinceProjectAsync() =>
        portal.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.ProvinceCode == "01").OrderBy(p => p.Id).FirstAsync());

    [Fact]
    public async Task OtherProvinceProject_Is404ForReadingWritingDownloadingAndApi()
    {
        var other = await OtherProvinceProjectAsync();
        var client = await As(DemoAccounts.HoaBinhDepartment);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Projects/Details/{other.Id}"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Projects/Edit/{other.Id}"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/ProjectExports/CostEstimate/{other.Id}"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/api/v1/projects/{other.Code}"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.StepAsync(portal, other.Id, "Return", ("Comment", "x")));
        var list = (await client.GetDocumentAsync("/Projects?year=2021")).QuerySelector("#projects")!.TextContent;
        Assert.DoesNotContain(other.Code, list);
        Assert.Contains("KCQG-2021-HBH-001", list);
        var after = await portal.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == other.Id));
        Assert.Equal(other.Version, after.Version);
    }

    [Fact]
    public async Task Demo_TwentyOtherProvincesCoverEveryState()
    {
        // The 2021 demo (legacy provinces); the 2026 demo has projects of its own in current provinces.
        var others = await portal.WithDbAsync(db => db.Projects.AsNoTracking()
            .Where(p => p.ProvinceCode != "17" && p.Year == 2021)
            .Select(p => new { p.ProvinceCode, p.Status }).ToListAsync());
        Assert.Equal(20, others.Select(p => p.ProvinceCode).Distinct().Count());
        Assert.Equal(Enum.GetValues<ProjectStatus>().Order(), others.Select(p => p.Status).Distinct().Order());
    }

    [Theory]
    [InlineData("/Projects")]
    [InlineData("/Budget?year=2021")]
    [InlineData("/Plans?year=2021")]
    [InlineData("/api/v1/projects?year=2021")]
    [InlineData("/api/v1/budget/summary?year=2021")]
    [InlineData("/SupportCaps")]
    public async Task CouncilMemberAndAdministrator_DoNotReadBudgetOrProjects(string url)
    {
        foreach (var email in new[] { DemoAccounts.Council, DemoAccounts.Admin })
        {
            var client = await As(email);
            await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync(url));
        }
    }

    /// <summary>Issue 15: a council member's inbox holds their scoring, never a project of the registers.</summary>
    [Fact]
    public async Task Inbox_CouncilMemberSeesScoringOnlyNoProjects_AdministratorRefused()
    {
        var council = await (await As(DemoAccounts.Council)).GetDocumentAsync("/Inbox");
        Assert.Empty(council.QuerySelectorAll("a[href^='/Projects/Details']"));
        Assert.NotNull(council.QuerySelector("section[data-bucket='EntriesToScore']"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await (await As(DemoAccounts.Admin)).GetAsync("/Inbox"));
    }

    [Fact]
    public async Task Ministry_SeesEveryProvince()
    {
        var other = await OtherProvinceProjectAsync();
        var client = await As(DemoAccounts.MinistryLeader);
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/Projects/Details/{other.Id}"));
    }

    [Fact]
    public async Task Api_List_ScopedPagedAndInWholeDong()
    {
        var client = await As(DemoAccounts.HoaBinhLegacy);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/projects?year=2021&fund=KCQG"));
        var root = json.RootElement;

        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.All(items, i => Assert.Equal("17", i.GetProperty("provinceCode").GetString()));
        var group = items.Single(i => i.GetProperty("code").GetString() == "KCQG-2021-HBH-001");
        Assert.Equal(600_000_000, group.GetProperty("approvedSupport").GetInt64());
        Assert.Equal(600_000_000, group.GetProperty("settled").GetInt64());
        Assert.Equal("Group", group.GetProperty("kind").GetString());
        Assert.Equal("Settled", group.GetProperty("status").GetString());
        Assert.Equal(["code", "name", "year", "fund", "kind", "status", "provinceCode", "unitCode", "implementingOrganisation", "requestedSupport", "approvedSupport", "disbursed", "settled"],
            group.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Api_Get_HasCostLinesAndHistory()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/projects/KCQG-2021-HBH-001"));
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("costLines").GetArrayLength());
        Assert.Equal(1_200_000_000, root.GetProperty("costLines").EnumerateArray().Sum(l => l.GetProperty("total").GetInt64()));
        var actions = root.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal("Created", actions[0]);
        Assert.Contains("Approved", actions);
        Assert.Equal("Settled", actions[^1]);
    }

    [Fact]
    public async Task Budget_HoaBinh2021_ApprovedFromProjectsIs1505()
    {
        var client = await As(DemoAccounts.HoaBinhLeader);
        var summary = await client.GetFromJsonAsync<JsonElement>("/api/v1/budget/summary?year=2021&province=17");
        Assert.Equal(1_505_000_000, summary.GetProperty("approved").GetInt64());
        Assert.Equal(1_505_000_000, summary.GetProperty("allocated").GetInt64());
        // KCQG 600 + 300 + 198 and KCĐP 326 + 75: the 2021 KCĐP projects are settled before the year was closed.
        Assert.Equal(1_499_000_000, summary.GetProperty("settled").GetInt64());
    }

    [Fact]
    public async Task CostEstimateExport_MatchesProjectLines()
    {
        var id = await portal.ProjectIdAsync("KCQG-2021-HBH-001");
        var project = await portal.ProjectAsync(id);
        var response = await (await As(DemoAccounts.HoaBinhDepartment)).GetAsync($"/ProjectExports/CostEstimate/{id}");
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet("Mẫu 1");

        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "DỰ TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG");
        var lines = sheet.RowsUsed().Where(r => r.Cell(1).DataType == XLDataType.Number).ToList();
        Assert.Equal(project.CostLines.Count, lines.Count);
        var total = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Tổng cộng");
        Assert.Equal(project.TotalCostDong / 1e6, total.Cell(3).GetDouble());
        Assert.Equal(project.RequestedSupportDong / 1e6, total.Cell(4).GetDouble());
        Assert.Equal(project.CostLines.Sum(l => l.ContributionDong) / 1e6, total.Cell(5).GetDouble());
    }

    [Fact]
    public async Task RegistrationExport_GroupsByContentWithTotalsMatchingDatabase()
    {
        var response = await (await As(DemoAccounts.MinistryOfficer)).GetAsync("/ProjectExports/Registration?year=2021&fund=KCQG");
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet("Mẫu 2");
        var projects = await portal.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Year == 2021 && p.Fund == Fund.Kcqg)
            .Select(p => new { p.Code, Content = p.ActivityContent!.Name, p.RequestedSupportDong, p.TotalCostDong }).ToListAsync());

        var rows = sheet.RowsUsed().Where(r => r.Cell(1).DataType == XLDataType.Number).ToList();
        Assert.Equal(projects.Count, rows.Count);
        Assert.Equal(projects.Select(p => p.Code).Order(), rows.Select(r => r.Cell(2).GetString()).Order());
        var total = sheet.RowsUsed().Single(r => r.Cell(3).GetString() == "Tổng cộng");
        Assert.Equal(projects.Sum(p => p.RequestedSupportDong) / 1e6, total.Cell(11).GetDouble(), 6);
        Assert.Equal(projects.Sum(p => p.TotalCostDong) / 1e6, total.Cell(10).GetDouble(), 6);
        foreach (var content in projects.GroupBy(p => p.Content))
        {
            var subtotal = sheet.RowsUsed().Single(r => r.Cell(3).GetString() == $"Cộng: {content.Key}");
            Assert.Equal(content.Sum(p => p.RequestedSupportDong) / 1e6, subtotal.Cell(11).GetDouble(), 6);
        }
    }

    [Fact]
    public async Task Inbox_MinistryOfficerSeesRegisteredProjects()
    {
        var registered = await portal.WithDbAsync(db => db.Projects.CountAsync(p => p.Status == ProjectStatus.Registered));
        var page = await (await As(DemoAccounts.MinistryOfficer)).GetDocumentAsync("/Inbox");
        var bucket = page.QuerySelector($"section[data-bucket='{ProjectStatus.Registered}']")!;
        Assert.Equal(registered.ToString(), bucket.QuerySelector("[data-count]")!.TextContent.Trim());
    }
}
