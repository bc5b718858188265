using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Allocation entries tied to the projects they fund (DOMAIN §11.4): approved projects of the recipient for the
/// plan's fund and year; the plan page shows their approved support against the entry. These tests write.
/// </summary>
public sealed class AllocationLinkTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const long M = BudgetData.Million;

    /// <summary>Hòa Bình's department's second 2021 KCQG tranche (500 million) and its three projects.</summary>
    private async Task<(int Plan, int Entry, List<Project> Projects, long Version)> HoaBinhTranche2Async() =>
        await portal.WithDbAsync(async db =>
        {
            var plan = await db.AnnualPlans.SingleAsync(p => p.Year == 2021 && p.Fund == Fund.Kcqg);
            var entry = await db.Allocations.Where(a => a.PlanId == plan.Id && a.Tranche == 2 && a.CorrectsId == null
                    && a.Recipient!.Name == DemoOrganisations.HoaBinhDepartment)
                .OrderBy(a => a.Id).FirstAsync();
            var projects = await db.Projects.AsNoTracking().Where(p => p.Fund == Fund.Kcqg && p.Year == 2021
                && p.ImplementingOrganisationId == entry.RecipientId).OrderBy(p => p.Id).ToListAsync();
            return (plan.Id, entry.Id, projects, plan.Version);
        });

    private Task<List<int>> LinkedAsync(int entry) => portal.WithDbAsync(db => db.AllocationProjects
        .Where(l => l.AllocationId == entry).Select(l => l.ProjectId).OrderBy(id => id).ToListAsync());

    private static List<KeyValuePair<string, string>> Fields(long version, params int[] projects) =>
        [new("Version", version.ToString()),
         .. projects.Select(p => new KeyValuePair<string, string>("ProjectIds", p.ToString()))];

    [Fact]
    public async Task Link_ApprovedProjectsOfTheRecipient_SavedAndSumShownAgainstTheEntry()
    {
        var (plan, entry, projects, version) = await HoaBinhTranche2Async();
        var training = projects.Single(p => p.ApprovedSupportDong == 200 * M);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        var url = $"/Plans/{plan}/Allocations/{entry}/Projects";
        Assert.Equal(projects.Count,
            (await client.GetDocumentAsync(url)).QuerySelectorAll("#link-candidates tbody input").Length);

        var response = await client.PostFormAsync(url, Fields(version, training.Id), tokenFromUrl: url);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal([training.Id], await LinkedAsync(entry));
        var row = (await client.GetDocumentAsync($"/Plans/Details/{plan}"))
            .QuerySelectorAll("#allocation-entries tbody tr")
            .Single(r => r.QuerySelector("a[href$='/Allocations/" + entry + "/Projects']") is not null);
        Assert.Contains("1 đề án: 200 / 500", row.QuerySelector("[data-field='linked']")!.TextContent);
    }

    [Fact]
    public async Task Link_ProjectOfAnotherOrganisation_RefusedWithReasonNothingSaved()
    {
        var (plan, entry, projects, version) = await HoaBinhTranche2Async();
        var other = await portal.WithDbAsync(db => db.Projects.Where(p => p.Fund == Fund.Kcqg && p.Year == 2021
                && p.ImplementingOrganisationId != projects[0].ImplementingOrganisationId
                && ProjectStatusGroups.Approved.Contains(p.Status))
            .OrderBy(p => p.Id).FirstAsync());
        var before = await LinkedAsync(entry);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        var url = $"/Plans/{plan}/Allocations/{entry}/Projects";

        var response = await client.PostFormAsync(url, Fields(version, projects[0].Id, other.Id), tokenFromUrl: url);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains($"Đề án {other.Code} không do đơn vị nhận kinh phí này thực hiện",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await LinkedAsync(entry));
    }

    [Fact]
    public async Task Link_ProvinceOfficerOnTheNationalPlan_Returns404NothingSaved()
    {
        var (plan, entry, projects, version) = await HoaBinhTranche2Async();
        var before = await LinkedAsync(entry);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.PhuThoDepartment);
        var fields = Fields(version, projects[0].Id);
        fields.Add(new(PortalClientExtensions.TokenField, await client.GetSignedInTokenAsync()));

        var response = await client.PostAsync($"/Plans/{plan}/Allocations/{entry}/Projects",
            new FormUrlEncodedContent(fields));

        // The national plan is outside a province's scope (it sees only what reached its units): 404.
        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        Assert.Equal(before, await LinkedAsync(entry));
    }
}
