using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Work in flight crosses the reform (DOMAIN §10): the successor's officers take the next step of a predecessor's
/// running project, and the history records the actor's organisation and whom it acted for.
/// </summary>
public sealed class SuccessorProjectTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task PhuThoDepartment_AcceptsA2021HoaBinhProject_HistorySaysItActedForHoaBinh()
    {
        var id = await RunningHoaBinhProjectAsync(Fund.Kcdp);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.PhuThoDepartment);

        var response = await client.StepAsync(portal, id, "Accept", ("DecisionNumber", "12/BB-NT"), ("DecisionDate", "2026-01-15"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var project = await portal.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Accepted, project.Status);
        var step = project.History.OrderBy(h => h.Id).Last();
        Assert.Equal(DemoOrganisations.PhuThoDepartment, step.OrganisationName);
        Assert.Equal(DemoOrganisations.HoaBinhDepartment, step.OnBehalfOfName);
        var last = (await client.GetDocumentAsync($"/Projects/Details/{id}")).QuerySelectorAll("#timeline li").Last();
        var accepted = System.Text.RegularExpressions.Regex.Replace(last.TextContent, @"\s+", " ");
        Assert.Contains($"(Sở Công Thương tỉnh Phú Thọ) thay cho {DemoOrganisations.HoaBinhDepartment}", accepted);
    }

    [Fact]
    public async Task LegacyHoaBinhOfficer_SameRunningProject_OpensButCannotAccept()
    {
        var id = await RunningHoaBinhProjectAsync(Fund.Kcdp);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/Projects/Details/{id}"));
        var response = await client.StepAsync(portal, id, "Accept", ("DecisionNumber", "13/BB-NT"), ("DecisionDate", "2026-01-15"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(ProjectStatus.InProgress, (await portal.ProjectAsync(id)).Status);
    }

    [Fact]
    public async Task MinistryOfficer_ReturnsARegisteredProject_RecordsTheMinistryUnitsNameOfTheDayAndNoOneActedFor()
    {
        var id = await portal.WithDbAsync(db => db.Projects.Where(p => p.Status == ProjectStatus.Registered)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.StepAsync(portal, id, "Return", ("Comment", "Bổ sung hồ sơ"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var step = (await portal.ProjectAsync(id)).History.OrderBy(h => h.Id).Last();
        Assert.Equal(ReferenceOrganisations.MinistryUnit, step.OrganisationName);
        Assert.Null(step.OnBehalfOfName);
    }

    private Task<int> RunningHoaBinhProjectAsync(Fund fund) => portal.WithDbAsync(db => db.Projects
        .Where(p => p.ProvinceCode == "17" && p.Status == ProjectStatus.InProgress && p.Fund == fund)
        .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
}
