using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 11 (d) and 15 for the yearly cycle: a refused step answers the record's own page or form with its status,
/// the reason and what the user typed (never a bare 403/409 page), and nothing is saved. Each test has its own
/// plan year.
/// </summary>
public sealed class CycleRefusalPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TestNow.Today;

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task CloseAsync(HttpClient ministry, int round)
    {
        var version = await portal.WithDbAsync(db => db.RegistrationRounds.Where(r => r.Id == round)
            .Select(r => r.Version).SingleAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync($"/Registration/Close/{round}",
            [new("version", version.ToString())], tokenFromUrl: "/"));
    }

    [Fact]
    public async Task SubmitPackage_RoundClosed_409OnThePackagePageWithTheTypedLetter_NothingSaved()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var round = await ministry.OpenRoundIdAsync(portal, 2049, Today.AddDays(10));
        var phuTho = await portal.ProvinceIdAsync(RegistrationData.PhuTho);
        var project = await portal.KcqgProjectAsync(2049, "Đề án của đợt đã đóng");
        await CloseAsync(ministry, round);
        var department = await As(DemoAccounts.PhuThoDepartment);

        var response = await department.SubmitPackageAsync(round, phuTho, [project], letterNumber: "777/SCT-QLCN",
            file: RegistrationData.Pdf);

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Equal("409", page.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Contains("đã đóng", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("777/SCT-QLCN", page.QuerySelector("#refused-values")!.TextContent);
        Assert.NotNull(page.QuerySelector("#package-summary"));
        Assert.Null(await portal.PackageAsync(round, phuTho));
        Assert.Equal(ProjectStatus.BaseAppraised, await portal.WithDbAsync(db =>
            db.Projects.Where(p => p.Id == project).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task EditRound_AfterItClosed_409TheFormAgainWithTheTypedValues_NothingSaved()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var round = await ministry.OpenRoundIdAsync(portal, 2050, Today.AddDays(10));
        var form = await ministry.GetDocumentAsync($"/Registration/Edit/{round}");
        var fields = form.QuerySelectorAll("input[name^='Figures[']")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        var version = form.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        await CloseAsync(ministry, round);
        var closed = await portal.WithDbAsync(db =>
            db.RegistrationRounds.AsNoTracking().SingleAsync(r => r.Id == round));
        fields.AddRange([new("Version", closed.Version.ToString()),
            new("Deadline", Today.AddDays(20).ToString("yyyy-MM-dd")), new("Note", "Ghi chú gõ sau khi đóng")]);
        Assert.NotEqual(version, closed.Version.ToString());

        var response = await ministry.PostFormAsync($"/Registration/Edit/{round}", fields, tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Equal("409", page.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Equal("Ghi chú gõ sau khi đóng", page.QuerySelector("input[name='Note']")!.GetAttribute("value"));
        var after = await portal.WithDbAsync(db =>
            db.RegistrationRounds.AsNoTracking().SingleAsync(r => r.Id == round));
        Assert.Equal((closed.Version, closed.Deadline, RegistrationRoundStatus.Closed),
            (after.Version, after.Deadline, after.Status));
        Assert.NotEqual("Ghi chú gõ sau khi đóng", after.Note);
    }

    [Fact]
    public async Task UserSecurityForms_AfterTheSplit_PostToTheAccountsOwnUrls()
    {
        var admin = await As(DemoAccounts.Admin);
        var user = await portal.FindUserAsync(DemoAccounts.HoaBinhCentre);

        var page = await admin.GetDocumentAsync($"/Users/Edit/{user!.Id}");

        var actions = page.QuerySelectorAll("form[method='post']").Select(f => f.GetAttribute("action")).ToList();
        Assert.True(actions.Contains($"/Users/Lock/{user.Id}") || actions.Contains($"/Users/Unlock/{user.Id}"));
        Assert.Contains($"/Users/ResetPassword/{user.Id}", actions);
        Assert.Contains($"/Users/Edit/{user.Id}", actions);
    }
}
