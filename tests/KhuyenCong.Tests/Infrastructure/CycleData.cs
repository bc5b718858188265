using System.Net;
using KhuyenCong.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>Projects waiting for the plan decision, and the year's appraisal council, made through the forms.</summary>
public static class CycleData
{
    public const int Year = 2025;

    public static async Task<HttpClient> ClientAsync(this PortalFactory portal, string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>
    /// A 2025 proposal at Cao Phong implemented by Phú Thọ's extension centre, drafted by Phú Thọ's department and
    /// base-appraised (280 of 300 million) by a colleague; KCQG ones are registered with the ministry.
    /// </summary>
    public static async Task<int> WaitingProjectAsync(this PortalFactory portal, string name, string fund = "Kcqg",
        int year = Year)
    {
        var drafter = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var appraiser = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);
        // A year before the reform is implemented by the legacy province's centre (Phú Thọ's succeeds it).
        var implementer = await portal.OrganisationIdAsync(
            year >= 2025 ? DemoOrganisations.PhuThoCentre : DemoOrganisations.HoaBinhCentre);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var fields = ProjectData.Draft(implementer, await portal.ContentIdAsync("ND04"), beneficiary, name, fund: fund);
        fields.RemoveAll(f => f.Key == "Year");
        fields.Add(new("Year", year.ToString()));
        var id = await drafter.CreateDraftAsync(fields);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await drafter.StepAsync(portal, id, "Submit"));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await appraiser.StepAsync(portal, id, "Appraise", ("Score", "82"), ("Amount", "280")));
        if (fund == "Kcqg")
            await Expect.StatusAsync(HttpStatusCode.Redirect, await appraiser.StepAsync(portal, id, "Register"));
        return id;
    }

    /// <summary>The council of <paramref name="year"/>, set up by the ministry officer if there is none.</summary>
    public static async Task<int> CouncilAsync(this PortalFactory portal, int year = Year)
    {
        var existing = await portal.WithDbAsync(db => db.AppraisalCouncils.Where(c => c.Year == year)
            .Select(c => (int?)c.Id).SingleOrDefaultAsync());
        if (existing is { } id) return id;
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var response = await ministry.PostFormAsync("/AppraisalCouncil/Create",
            [new("Year", year.ToString())], tokenFromUrl: "/AppraisalCouncil/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        return int.Parse(Expect.Location(response).Split('/').Last());
    }

    /// <summary>A new Council-member account assigned to the council; returns its e-mail and id.</summary>
    public static async Task<(string Email, string Id)> MemberAsync(this PortalFactory portal, int councilId)
    {
        var user = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.CouncilMember,
            DemoOrganisations.MinistryDepartment);
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var version = await portal.WithDbAsync(db => db.AppraisalCouncils.Where(c => c.Id == councilId)
            .Select(c => c.Version).SingleAsync());
        var response = await ministry.PostFormAsync($"/AppraisalCouncil/AssignMember/{councilId}",
            [new("memberId", user.Id), new("version", version.ToString())], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        return (user.Email!, user.Id);
    }

    /// <summary>A member's sheet for a project (default sheet: 20, 30, 25, 15, 10 at most).</summary>
    public static Task<HttpResponseMessage> ScoreAsync(this HttpClient member, int councilId, int projectId,
        params int[] points) =>
        member.PostFormAsync($"/AppraisalCouncil/{councilId}/Projects/{projectId}/Score",
            points.Select(p => new KeyValuePair<string, string>("points", p.ToString())), tokenFromUrl: "/");
}
