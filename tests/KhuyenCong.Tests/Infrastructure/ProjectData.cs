using System.Net;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>Form fields and lookups for project tests.</summary>
public static class ProjectData
{
    /// <summary>
    /// A KCQG single machinery proposal at Cao Phong (legacy district 154), implemented by Sở Công Thương Hòa Bình: plan
    /// year 2025, the transition year that may still use the legacy units (a 2026 one must use current units).
    /// </summary>
    public static List<KeyValuePair<string, string>> Draft(int implementer, int contentId, int? beneficiary, string name = "Hỗ trợ máy ép dầu lạc",
        string total = "600", string support = "300", string contribution = "300", string fund = "Kcqg", string kind = "Single")
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Name", name), new("Kind", kind), new("Fund", fund), new("Year", "2025"), new("ActivityContentId", contentId.ToString()),
            new("ImplementingOrganisationId", implementer.ToString()), new("LocationGeneration", "Legacy"), new("LocationCode", "154"),
            new("Objectives", "Nâng cao năng suất ép dầu"), new("StartDate", "2026-03-01"), new("EndDate", "2026-10-31"),
            new("CostLines[0].Item", "Máy ép dầu"), new("CostLines[0].Total", total), new("CostLines[0].FundSupport", support),
            new("CostLines[0].Contribution", contribution),
        ];
        if (beneficiary is { } b) fields.Add(new("BeneficiaryIds", b.ToString()));
        return fields;
    }

    public static Task<int> ContentIdAsync(this PortalFactory portal, string code) =>
        portal.WithDbAsync(db => db.ActivityContents.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public static Task<int> EstablishmentIdAsync(this PortalFactory portal, string name) =>
        portal.WithDbAsync(db => db.Establishments.Where(e => e.Name == name).Select(e => e.Id).SingleAsync());

    public static Task<Project> ProjectAsync(this PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.History).Include(p => p.CostLines).SingleAsync(p => p.Id == id));

    public static Task<int> ProjectIdAsync(this PortalFactory portal, string code) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    /// <summary>Creates a draft through the form and returns its id (from the redirect).</summary>
    public static async Task<int> CreateDraftAsync(this HttpClient client, List<KeyValuePair<string, string>> fields)
    {
        var response = await client.PostFormAsync("/Projects/Create", fields, tokenFromUrl: "/Projects/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        return int.Parse(Expect.Location(response).Split('/').Last());
    }

    /// <summary>Posts a workflow step with the project's current version (read from its page).</summary>
    public static async Task<HttpResponseMessage> StepAsync(this HttpClient client, PortalFactory portal, int id, string step, params (string Key, string Value)[] fields)
    {
        var version = await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("Version", version.ToString())).ToList();
        return await client.PostFormAsync($"/Projects/{id}/{step}", all, tokenFromUrl: "/");
    }
}
