using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Once a registration round exists for a plan year, a KCQG project of that year is registered and sent back only
/// through its province's package: the single-project "Đăng ký" and the ministry's "Trả lại" are 409 with nothing
/// changed (the package stays returnable), the project page offers neither and links the package, and the plan
/// decision takes its candidates from the packages with the ministry. Years without a round keep the single steps
/// (ProjectWorkflowTests, on 2025).
/// </summary>
public sealed class PackageStepTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TestNow.Today;

    private static KeyValuePair<string, string> F(string key, object value) => new(key, value.ToString()!);

    private async Task<(int Round, int PhuTho)> RoundAsync(int year)
    {
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        return (await ministry.OpenRoundIdAsync(portal, year, Today.AddDays(10)),
            await portal.ProvinceIdAsync(RegistrationData.PhuTho));
    }

    private Task<(ProjectStatus Status, int Steps)> StateAsync(int id) => portal.WithDbAsync(db => db.Projects
        .Where(p => p.Id == id).Select(p => new ValueTuple<ProjectStatus, int>(p.Status, p.History.Count))
        .SingleAsync());

    [Fact]
    public async Task Register_SingleProjectInARoundYear_Returns409NothingChanged_PageLinksThePackage()
    {
        var (round, phuTho) = await RoundAsync(2040);
        var id = await portal.KcqgProjectAsync(2040, "Đề án đăng ký riêng lẻ");
        var before = await StateAsync(id);
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        var response = await department.StepAsync(portal, id, "Register", ("Comment", "Đăng ký riêng"));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("hồ sơ đăng ký của tỉnh", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await StateAsync(id));
        var page = await department.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Null(page.QuerySelector("form[data-step='Register']"));
        var note = page.QuerySelector("#registration-package")!;
        Assert.NotNull(note.QuerySelector("[data-step='Registered']"));
        Assert.Equal($"/Registration/Details/{round}", note.QuerySelector("a")!.GetAttribute("href"));

        // Through the package it is registered, and the page then names the package.
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [id], file: RegistrationData.Pdf));
        Assert.Equal(ProjectStatus.Registered, (await StateAsync(id)).Status);
        page = await department.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Equal($"/Registration/{round}/Packages/{phuTho}",
            page.QuerySelector("#registration-package a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Return_OneProjectOfASentPackage_Returns409_PackageStaysReturnable()
    {
        var (round, phuTho) = await RoundAsync(2041);
        var id = await portal.KcqgProjectAsync(2041, "Đề án trong hồ sơ");
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [id], file: RegistrationData.Pdf));
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var before = await StateAsync(id);
        Assert.Null((await ministry.GetDocumentAsync($"/Projects/Details/{id}"))
            .QuerySelector("form[data-step='Return']"));

        var response = await ministry.StepAsync(portal, id, "Return", ("Comment", "Trả lại riêng đề án"));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("trả lại cả hồ sơ đăng ký", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await StateAsync(id));
        // The package is still with the ministry, whole, and the ministry returns it as a package.
        Assert.Equal(PackageStatus.Submitted, (await portal.PackageAsync(round, phuTho))!.Status);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await ministry.ReturnPackageAsync(portal, round, phuTho, "Bổ sung thuyết minh"));
        Assert.Equal(ProjectStatus.BaseAppraised, (await StateAsync(id)).Status);
    }

    [Fact]
    public async Task ApproveOrReject_OneProjectOfARoundYear_409NothingChanged_PagePointsToThePlanDecision()
    {
        const int year = 2043;
        var (round, phuTho) = await RoundAsync(year);
        var id = await portal.KcqgProjectAsync(year, "Đề án chờ quyết định kế hoạch");
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [id], file: RegistrationData.Pdf));
        var before = await StateAsync(id);
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var link = $"/PlanDecisions/Create?fund=Kcqg&year={year}";

        var page = await ministry.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Null(page.QuerySelector("form[data-step='Approve']"));
        Assert.Null(page.QuerySelector("form[data-step='Reject']"));
        Assert.NotNull(page.QuerySelector("#registration-package [data-step='Approved']"));
        Assert.Equal(link, page.QuerySelector("#plan-decision-link")!.GetAttribute("href"));

        var approve = await ministry.StepAsync(portal, id, "Approve", ("Score", "85"), ("Amount", "180"),
            ("DecisionNumber", "90/QĐ-BCT"), ("DecisionDate", Today.ToString("yyyy-MM-dd")));
        await Expect.StatusAsync(HttpStatusCode.Conflict, approve);
        var refused = await PortalClientExtensions.ParseHtmlAsync(approve);
        Assert.Contains($"quyết định phê duyệt kế hoạch KCQG năm {year}",
            refused.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("90/QĐ-BCT", refused.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(link, refused.QuerySelector("#plan-decision-link")!.GetAttribute("href"));
        var reject = await ministry.StepAsync(portal, id, "Reject", ("Comment", "Không đạt yêu cầu"));
        await Expect.StatusAsync(HttpStatusCode.Conflict, reject);
        Assert.Equal(before, await StateAsync(id));

        // The plan decision the page points to takes it, with the package's other projects.
        var form = await ministry.GetDocumentAsync(link);
        Assert.NotNull(form.QuerySelector($"#rows tr[data-project-id='{id}']"));
    }

    [Fact]
    public async Task Inbox_RoundYear_ListsNoKcqgProjectToRegister_ShowsTheProvincePackage()
    {
        const int year = 2044;
        var (round, phuTho) = await RoundAsync(year);
        var inRound = await portal.KcqgProjectAsync(year, "Đề án năm có đợt đăng ký");
        // The same province's base-appraised KCQG proposal of a year without a round is still registered singly.
        var noRound = await portal.KcqgProjectAsync(2045, "Đề án năm chưa có đợt đăng ký");
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        var inbox = await department.GetDocumentAsync("/Inbox");

        var toRegister = inbox.QuerySelector("[data-bucket='BaseAppraised']");
        Assert.NotNull(toRegister?.QuerySelector($"a[href='/Projects/Details/{noRound}']"));
        Assert.Null(inbox.QuerySelector($"[data-bucket] a[href='/Projects/Details/{inRound}']"));
        Assert.Equal($"/Registration/{round}/Packages/{phuTho}",
            inbox.QuerySelector($"#registration-rounds [data-round='{year}'] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PlanDecision_InARoundYear_OffersThePackagesProjectsOnly_RefusesAStrayRegistration()
    {
        const int year = 2042;
        var (round, phuTho) = await RoundAsync(year);
        var sent = await portal.KcqgProjectAsync(year, "Đề án trong hồ sơ của tỉnh");
        // Registered by the domain outside any package, as the single step did before rounds took it over.
        var stray = await portal.KcqgProjectAsync(year, "Đề án đăng ký ngoài hồ sơ", ProjectStatus.Registered);
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [sent], file: RegistrationData.Pdf));
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);

        var form = await ministry.GetDocumentAsync($"/PlanDecisions/Create?fund=Kcqg&year={year}");
        Assert.NotNull(form.QuerySelector($"#rows tr[data-project-id='{sent}']"));
        Assert.Null(form.QuerySelector($"#rows tr[data-project-id='{stray}']"));

        var strayVersion = await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == stray)
            .Select(p => p.Version).SingleAsync());
        var refused = await ministry.PostFormAsync("/PlanDecisions/Create",
        [
            F("Fund", "Kcqg"), F("Year", year), F("Number", "77/QĐ-BCT"), F("Date", Today.ToString("yyyy-MM-dd")),
            F("Rows[0].ProjectId", stray), F("Rows[0].Version", strayVersion), F("Rows[0].Choice", "Approve"),
            F("Rows[0].Score", 80), F("Rows[0].Amount", "180"),
        ], tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.OK, refused);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("không có trong hồ sơ đăng ký kế hoạch KCQG năm 2042", page);
        Assert.Equal(ProjectStatus.Registered, (await StateAsync(stray)).Status);
        Assert.Equal(0, await portal.WithDbAsync(db => db.PlanDecisions.CountAsync(d => d.Year == year)));
    }
}
