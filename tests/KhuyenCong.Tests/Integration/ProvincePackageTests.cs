using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// DOMAIN §11 step 2: the Sở sends its base-appraised KCQG projects of the year with its signed letter; the Mẫu 2
/// list is frozen and the projects registered, all or none; the ministry returns with a reason (projects back to
/// base-appraised) and the Sở resends; after the deadline a package is accepted and marked late. Each test has its
/// own plan year, so its round and projects are its own. Every refusal saves nothing.
/// </summary>
public sealed class ProvincePackageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TestNow.Today;

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<(int Round, int PhuTho)> RoundAsync(int year, int daysLeft = 10)
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        return (await ministry.OpenRoundIdAsync(portal, year, Today.AddDays(daysLeft)),
            await portal.ProvinceIdAsync(RegistrationData.PhuTho));
    }

    private Task<ProjectStatus> StatusAsync(int id) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    [Fact]
    public async Task Submit_ChosenProjects_FreezesTheListAndRegistersEachProject()
    {
        var (round, phuTho) = await RoundAsync(2032);
        var a = await portal.KcqgProjectAsync(2032, "Hỗ trợ máy sấy chè thử");
        var b = await portal.KcqgProjectAsync(2032, "Hỗ trợ máy đóng gói thử");
        var department = await As(DemoAccounts.PhuThoDepartment);
        var form = await department.GetDocumentAsync($"/Registration/{round}/Packages/{phuTho}");
        Assert.NotNull(form.QuerySelector($"#candidates input[value='{a}']"));

        var response = await department.SubmitPackageAsync(round, phuTho, [a, b], file: RegistrationData.Pdf);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var package = (await portal.PackageAsync(round, phuTho))!;
        Assert.Equal(PackageStatus.Submitted, package.Status);
        var sent = Assert.Single(package.Submissions);
        Assert.False(sent.IsLate);
        Assert.Equal("125/SCT-QLCN", sent.Letter.Number);
        Assert.Equal(2, sent.Rows.Count);
        Assert.All(sent.Rows, r => Assert.Equal(180_000_000, r.RecommendedSupportDong));
        Assert.All(sent.Rows, r => Assert.Single(r.Beneficiaries));
        Assert.Equal(ProjectStatus.Registered, await StatusAsync(a));
        Assert.Equal(ProjectStatus.Registered, await StatusAsync(b));
        var history = await portal.ProjectAsync(a);
        Assert.Equal(ProjectAction.Registered, history.History.OrderBy(h => h.Id).Last().Action);

        // Frozen: the list reads as sent even after the project changes.
        await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == a)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Tên đã đổi sau khi gửi")));
        var page = await department.GetDocumentAsync($"/Registration/{round}/Packages/{phuTho}");
        Assert.Contains("Hỗ trợ máy sấy chè thử", page.QuerySelector("#current")!.TextContent);
        Assert.DoesNotContain("Tên đã đổi", page.QuerySelector("#current")!.TextContent);
        Assert.Null(page.QuerySelector("#submit"));

        // The letter downloads as sent, for the province and the ministry.
        var letter = await department.GetAsync($"/Registration/Letters/{sent.Id}");
        await Expect.StatusAsync(HttpStatusCode.OK, letter);
        Assert.Equal(RegistrationData.Pdf, await letter.Content.ReadAsByteArrayAsync());
        var ministry = await As(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.OK, await ministry.GetAsync($"/Registration/Letters/{sent.Id}"));
    }

    [Fact]
    public async Task Submit_OneProjectNoLongerBaseAppraised_Returns409AndRegistersNone()
    {
        var (round, phuTho) = await RoundAsync(2033);
        var ready = await portal.KcqgProjectAsync(2033, "Đề án sẵn sàng");
        var submitted = await portal.KcqgProjectAsync(2033, "Đề án mới gửi", ProjectStatus.Submitted);
        var department = await As(DemoAccounts.PhuThoDepartment);

        var response = await department.SubmitPackageAsync(round, phuTho, [ready, submitted],
            file: RegistrationData.Pdf);

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Null(await portal.PackageAsync(round, phuTho));
        Assert.Equal(ProjectStatus.BaseAppraised, await StatusAsync(ready));
        Assert.Equal(ProjectStatus.Submitted, await StatusAsync(submitted));
        Assert.Equal(3, (await portal.ProjectAsync(ready)).History.Count);
    }

    [Fact]
    public async Task Submit_WithoutLetterFileOrWithAPhoto_OrNothingChosen_FormAgainNothingSaved()
    {
        var (round, phuTho) = await RoundAsync(2034);
        var a = await portal.KcqgProjectAsync(2034, "Đề án chờ công văn");
        var department = await As(DemoAccounts.PhuThoDepartment);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        var noFile = await department.SubmitPackageAsync(round, phuTho, [a]);
        var photo = await department.SubmitPackageAsync(round, phuTho, [a], file: png, fileName: "cong-van.png");
        var none = await department.SubmitPackageAsync(round, phuTho, [], file: RegistrationData.Pdf);
        var future = await department.SubmitPackageAsync(round, phuTho, [a], file: RegistrationData.Pdf,
            letterDate: Today.AddDays(3).ToString("yyyy-MM-dd"));

        await Expect.StatusAsync(HttpStatusCode.OK, noFile);
        Assert.Contains("Chọn một tệp để tải lên.", await noFile.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.OK, photo);
        Assert.Contains("Công văn phải là tệp PDF", await photo.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.OK, none);
        Assert.Contains("Hãy chọn ít nhất một đề án", await none.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.OK, future);
        Assert.Contains("sau ngày hôm nay", await future.Content.ReadAsStringAsync());
        Assert.Null(await portal.PackageAsync(round, phuTho));
        Assert.Equal(ProjectStatus.BaseAppraised, await StatusAsync(a));
    }

    [Fact]
    public async Task Package_OfAnotherProvince_Returns404NothingSaved()
    {
        var (round, phuTho) = await RoundAsync(2035);
        var a = await portal.KcqgProjectAsync(2035, "Đề án Phú Thọ");
        var haNoi = await portal.CreateUserAsync(RoleNames.DepartmentOfficer,
            await portal.DepartmentNameAsync(RegistrationData.HaNoi));
        var other = await As(haNoi.Email!);

        await Expect.StatusAsync(HttpStatusCode.NotFound,
            await other.GetAsync($"/Registration/{round}/Packages/{phuTho}"));
        var response = await other.SubmitPackageAsync(round, phuTho, [a], file: RegistrationData.Pdf);
        // Hà Nội's own package cannot carry Phú Thọ's project either.
        var haNoiId = await portal.ProvinceIdAsync(RegistrationData.HaNoi);
        var smuggled = await other.SubmitPackageAsync(round, haNoiId, [a], file: RegistrationData.Pdf);

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        await Expect.StatusAsync(HttpStatusCode.OK, smuggled);
        Assert.Contains("không thuộc tỉnh này", await smuggled.Content.ReadAsStringAsync());
        Assert.Null(await portal.PackageAsync(round, phuTho));
        Assert.Null(await portal.PackageAsync(round, haNoiId));
        Assert.Equal(ProjectStatus.BaseAppraised, await StatusAsync(a));
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryOfficer)]
    [InlineData(DemoAccounts.HoaBinhLeader)]
    [InlineData(DemoAccounts.HoaBinhCentre)]
    public async Task Submit_NotTheSosOfficer_Returns403NothingSaved(string email)
    {
        var year = 2040 + Array.IndexOf([DemoAccounts.MinistryOfficer, DemoAccounts.HoaBinhLeader,
            DemoAccounts.HoaBinhCentre], email);
        var (round, phuTho) = await RoundAsync(year);
        var a = await portal.KcqgProjectAsync(year, "Đề án chờ Sở gửi");
        var client = await As(email);

        var response = await client.SubmitPackageAsync(round, phuTho, [a], file: RegistrationData.Pdf);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Null(await portal.PackageAsync(round, phuTho));
        Assert.Equal(ProjectStatus.BaseAppraised, await StatusAsync(a));
    }

    [Fact]
    public async Task Return_ByMinistry_ProjectsBackToBaseAppraised_ThenResentLate()
    {
        var (round, phuTho) = await RoundAsync(2036);
        var a = await portal.KcqgProjectAsync(2036, "Đề án bị trả lại");
        var department = await As(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [a], file: RegistrationData.Pdf));
        var ministry = await As(DemoAccounts.MinistryOfficer);

        var returned = await ministry.ReturnPackageAsync(portal, round, phuTho, "Thiếu thuyết minh đề án");

        await Expect.StatusAsync(HttpStatusCode.Redirect, returned);
        var package = (await portal.PackageAsync(round, phuTho))!;
        Assert.Equal(PackageStatus.Returned, package.Status);
        Assert.Equal("Thiếu thuyết minh đề án", package.Submissions.Single().ReturnReason);
        Assert.Equal(ProjectStatus.BaseAppraised, await StatusAsync(a));
        var last = (await portal.ProjectAsync(a)).History.OrderBy(h => h.Id).Last();
        Assert.Equal(ProjectAction.RegistrationReturned, last.Action);
        Assert.Equal(ProjectStatus.BaseAppraised, last.ToStatus);
        var inbox = await department.GetDocumentAsync("/Inbox");
        Assert.Equal("Returned", inbox.QuerySelector("#registration-rounds [data-round='2036'] [data-package-status]")!
            .GetAttribute("data-package-status"));

        // Past the deadline the resent package is accepted and marked late.
        await portal.PastDeadlineAsync(round, Today.AddDays(-2));
        var resent = await department.SubmitPackageAsync(round, phuTho, [a], letterNumber: "130/SCT-QLCN",
            file: RegistrationData.Pdf, version: package.Version);

        await Expect.StatusAsync(HttpStatusCode.Redirect, resent);
        package = (await portal.PackageAsync(round, phuTho))!;
        Assert.Equal(PackageStatus.Submitted, package.Status);
        Assert.Equal(2, package.Submissions.Count);
        var second = package.Submissions.Single(s => s.Number == 2);
        Assert.True(second.IsLate);
        Assert.Equal("130/SCT-QLCN", second.Letter.Number);
        Assert.Equal(ProjectStatus.Registered, await StatusAsync(a));
    }

    [Fact]
    public async Task Return_WithoutReason_FormAgain_ByDepartment403_Twice409_NothingSaved()
    {
        var (round, phuTho) = await RoundAsync(2037);
        var a = await portal.KcqgProjectAsync(2037, "Đề án giữ nguyên");
        var department = await As(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [a], file: RegistrationData.Pdf));
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var before = (await portal.PackageAsync(round, phuTho))!.Version;

        var blank = await ministry.ReturnPackageAsync(portal, round, phuTho, "");
        var byDepartment = await department.ReturnPackageAsync(portal, round, phuTho, "Tự trả lại");

        await Expect.StatusAsync(HttpStatusCode.OK, blank);
        Assert.Contains("Hãy ghi lý do trả lại hồ sơ đăng ký", await blank.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.Forbidden, byDepartment);
        Assert.Equal(before, (await portal.PackageAsync(round, phuTho))!.Version);
        Assert.Equal(ProjectStatus.Registered, await StatusAsync(a));

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await ministry.ReturnPackageAsync(portal, round, phuTho, "Bổ sung"));
        var returned = (await portal.PackageAsync(round, phuTho))!;
        var twice = await ministry.ReturnPackageAsync(portal, round, phuTho, "Lần nữa");
        await Expect.StatusAsync(HttpStatusCode.Conflict, twice);
        Assert.Equal(returned.Version, (await portal.PackageAsync(round, phuTho))!.Version);
        // The refusal is the package's own page with the reason and the reason typed, not a bare status page.
        var page = await PortalClientExtensions.ParseHtmlAsync(twice);
        Assert.Equal("409", page.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Contains("đã được trả lại", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("Lần nữa", page.QuerySelector("#refused-values")!.TextContent);
        Assert.NotNull(page.QuerySelector("#package-summary"));
    }

    [Fact]
    public async Task Return_AProjectAlreadyDecided_Returns409NothingChanged()
    {
        var (round, phuTho) = await RoundAsync(2038);
        var a = await portal.KcqgProjectAsync(2038, "Đề án đã phê duyệt");
        var b = await portal.KcqgProjectAsync(2038, "Đề án còn chờ");
        var department = await As(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [a, b], file: RegistrationData.Pdf));
        var ministry = await As(DemoAccounts.MinistryOfficer);
        // In a round year the ministry decides in the year's plan decision (a single-project approval is 409).
        var version = await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == a).Select(p => p.Version)
            .SingleAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync("/PlanDecisions/Create",
        [
            new("Fund", "Kcqg"), new("Year", "2038"), new("Number", "90/QĐ-BCT"),
            new("Date", Today.ToString("yyyy-MM-dd")), new("Rows[0].ProjectId", a.ToString()),
            new("Rows[0].Version", version.ToString()), new("Rows[0].Choice", "Approve"),
            new("Rows[0].Score", "85"), new("Rows[0].Amount", "180"),
        ], tokenFromUrl: "/"));

        var response = await ministry.ReturnPackageAsync(portal, round, phuTho, "Trả lại");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Equal(PackageStatus.Submitted, (await portal.PackageAsync(round, phuTho))!.Status);
        Assert.Equal(ProjectStatus.Approved, await StatusAsync(a));
        Assert.Equal(ProjectStatus.Registered, await StatusAsync(b));
    }

    [Fact]
    public async Task Submit_AgainWhileWithTheMinistry_OrToAClosedRound_Returns409NothingSaved()
    {
        var (round, phuTho) = await RoundAsync(2039);
        var a = await portal.KcqgProjectAsync(2039, "Đề án đã gửi");
        var b = await portal.KcqgProjectAsync(2039, "Đề án gửi thêm");
        var department = await As(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [a], file: RegistrationData.Pdf));

        var again = await department.SubmitPackageAsync(round, phuTho, [b], file: RegistrationData.Pdf);

        await Expect.StatusAsync(HttpStatusCode.Conflict, again);
        Assert.Single((await portal.PackageAsync(round, phuTho))!.Submissions);
        Assert.Equal(ProjectStatus.BaseAppraised, await StatusAsync(b));

        var ministry = await As(DemoAccounts.MinistryOfficer);
        var version = await portal.WithDbAsync(db => db.RegistrationRounds.Where(r => r.Id == round)
            .Select(r => r.Version).SingleAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync($"/Registration/Close/{round}",
            [new("version", version.ToString())], tokenFromUrl: "/"));
        var haNoi = await portal.CreateUserAsync(RoleNames.DepartmentOfficer,
            await portal.DepartmentNameAsync(RegistrationData.HaNoi));
        var closed = await (await As(haNoi.Email!)).SubmitPackageAsync(round,
            await portal.ProvinceIdAsync(RegistrationData.HaNoi), [], file: RegistrationData.Pdf);
        await Expect.StatusAsync(HttpStatusCode.Conflict, closed);
        Assert.Equal(1, await portal.WithDbAsync(db => db.RegistrationPackages.CountAsync(p => p.RoundId == round)));
    }
}
