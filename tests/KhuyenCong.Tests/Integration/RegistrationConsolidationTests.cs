using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// DOMAIN §11 step 3 on the demo's 2026 round: every province's package against its indicative figure, who has not
/// sent, totals by content and the duplicate-funding warnings; who may read it. A portal of its own: one test adds
/// an organisation (a second Sở of Lào Cai) that the shared portal's demo checks would count.
/// </summary>
public sealed class RegistrationConsolidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<int> Round2026Async() =>
        portal.WithDbAsync(db => db.RegistrationRounds.Where(r => r.Year == 2026).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task Demo2026_IsInConsolidation_SomeSentOneLateOneResentSomeNot()
    {
        var id = await Round2026Async();
        var packages = await portal.WithDbAsync(db => db.RegistrationPackages.AsNoTracking()
            .Include(p => p.Submissions).ThenInclude(s => s.Rows).Where(p => p.RoundId == id).ToListAsync());

        Assert.Equal(4, packages.Count);
        Assert.All(packages, p => Assert.Equal(PackageStatus.Submitted, p.Status));
        Assert.Single(packages, p => p.Current!.IsLate);
        Assert.Single(packages, p => p.Submissions.Count == 2 && p.Submissions.Any(s => s.ReturnReason != null));
        // The packages registered their projects through the domain.
        var listed = packages.SelectMany(p => p.Current!.Rows.Select(r => r.ProjectId)).ToList();
        Assert.All(await portal.WithDbAsync(db => db.Projects.Where(p => listed.Contains(p.Id))
            .Select(p => p.Status).ToListAsync()), s => Assert.Equal(ProjectStatus.Registered, s));
    }

    [Fact]
    public async Task Consolidation_AsMinistry_ShowsFiguresNotSentContentsAndDuplicates()
    {
        var id = await Round2026Async();
        var ministry = await As(DemoAccounts.MinistryOfficer);

        var page = await ministry.GetDocumentAsync($"/Registration/Details/{id}");

        Assert.Equal("4/34", page.QuerySelector("#totals [data-sent]")!.TextContent.Trim());
        Assert.Equal(4, page.QuerySelectorAll("#provinces [data-package-status='Submitted']").Length);
        Assert.Equal(30, page.QuerySelectorAll("#provinces [data-package-status='None']").Length);
        Assert.Single(page.QuerySelectorAll("#provinces [data-late]"));
        var phuTho = await portal.ProvinceIdAsync(RegistrationData.PhuTho);
        Assert.NotNull(page.QuerySelector($"#provinces tr[data-province='{phuTho}'] [data-late]"));
        // Cần Thơ asks 500 against 400: over; Lào Cai 250 against 900: under.
        var canTho = await portal.ProvinceIdAsync("92");
        Assert.Contains("100", page.QuerySelector($"#provinces tr[data-province='{canTho}'] [data-over]")!.TextContent);
        var laoCai = await portal.ProvinceIdAsync("15");
        Assert.Contains("650",
            page.QuerySelector($"#provinces tr[data-province='{laoCai}'] [data-under]")!.TextContent);
        Assert.Contains("Hà Nội", page.QuerySelector("#not-sent")!.TextContent);
        Assert.Contains("Ứng dụng máy móc", page.QuerySelector("#contents")!.TextContent);
        var warnings = page.QuerySelectorAll("#duplicates [data-duplicate]");
        Assert.Equal(2, warnings.Length);
        var across = Assert.Single(warnings, w => w.QuerySelector("[data-across]") is not null);
        Assert.Contains("Tây Bắc", across.TextContent);
        Assert.Contains("Phú Thọ", across.TextContent);
        Assert.Contains("Lào Cai", across.TextContent);
    }

    [Fact]
    public async Task Consolidation_Access_LeaderReads_ProvinceGoesToItsOwnPackage_OthersRefused()
    {
        var id = await Round2026Async();
        var phuTho = await portal.ProvinceIdAsync(RegistrationData.PhuTho);

        await Expect.StatusAsync(HttpStatusCode.OK,
            await (await As(DemoAccounts.MinistryLeader)).GetAsync($"/Registration/Details/{id}"));
        var province = await (await As(DemoAccounts.PhuThoDepartment)).GetAsync($"/Registration/Details/{id}");
        await Expect.StatusAsync(HttpStatusCode.Redirect, province);
        Assert.EndsWith($"/Registration/{id}/Packages/{phuTho}", Expect.Location(province));
        await Expect.StatusAsync(HttpStatusCode.Forbidden,
            await (await As(DemoAccounts.CaoPhongCommune)).GetAsync($"/Registration/Details/{id}"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden,
            await (await As(DemoAccounts.Council)).GetAsync($"/Registration/Details/{id}"));

        // The Phú Thọ leader reads the province's package but has no form to send or return it.
        var leader = await (await As(DemoAccounts.HoaBinhLeader))
            .GetDocumentAsync($"/Registration/{id}/Packages/{phuTho}");
        Assert.NotNull(leader.QuerySelector("#current"));
        Assert.Null(leader.QuerySelector("#submit"));
        Assert.Null(leader.QuerySelector("#return"));
        // The demo's letters are on record without a file: named, with no download link that would answer 404.
        Assert.Contains("702/SCT-QLCN", leader.QuerySelector("#current")!.TextContent);
        Assert.Null(leader.QuerySelector("#current a[href*='/Registration/Letters/']"));
    }

    [Fact]
    public async Task Letter_OutsideTheProvince_Returns404()
    {
        var id = await Round2026Async();
        var phuTho = await portal.ProvinceIdAsync(RegistrationData.PhuTho);
        var submission = await portal.WithDbAsync(db => db.RegistrationPackages
            .Where(p => p.RoundId == id && p.ProvinceUnitId == phuTho)
            .SelectMany(p => p.Submissions).Select(s => s.Id).SingleAsync());
        var laoCai = await portal.CreateScopedLeaderAsync(
            KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Current, "15");
        var client = await As(laoCai.Email!);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Registration/Letters/{submission}"));
        await Expect.StatusAsync(HttpStatusCode.NotFound,
            await client.GetAsync($"/Registration/{id}/Packages/{phuTho}"));
    }
}
