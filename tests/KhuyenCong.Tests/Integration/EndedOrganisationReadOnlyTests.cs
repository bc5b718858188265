using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Ended, not locked (DOMAIN §10): the legacy Hòa Bình officer signs in, reads the old province's records, and every
/// change they try, on any endpoint, answers 403 naming the successor, with nothing changed.
/// </summary>
public sealed partial class EndedOrganisationReadOnlyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string HoaBinhRefusal =
        "Sở Công Thương tỉnh Hòa Bình đã ngừng hoạt động từ 01/07/2025; đơn vị kế thừa: Sở Công Thương tỉnh Phú Thọ.";

    private static readonly string[] Writes = ["POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public async Task LegacyOfficer_SignsInAndReadsA2021HoaBinhProject_WithoutStepsOrForms()
    {
        var project = await HoaBinhProjectAsync();
        var client = portal.CreateClient();

        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        var page = await client.GetDocumentAsync($"/Projects/Details/{project.Id}");
        Assert.Contains(project.Name, page.Body!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("form"),
            f => (f.GetAttribute("action") ?? "").StartsWith($"/Projects/{project.Id}/", StringComparison.Ordinal));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Projects"));
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Plans"));
        // The form to draft is not offered either.
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/Projects/Create"));
    }

    [Fact]
    public async Task LegacyOfficer_EveryChangeOfThePortal_Answers403NamingTheSuccessorAndChangesNothing()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);
        var token = await client.GetSignedInTokenAsync();
        var before = await AuditCountAsync();
        var urls = WriteEndpoints().ToList();
        Assert.True(urls.Count > 40, $"Only {urls.Count} write endpoints found.");

        var failures = new List<string>();
        foreach (var (method, url) in urls)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = new FormUrlEncodedContent([new(PortalClientExtensions.TokenField, token), new("Amount", "10"),
                    new("Name", "Thử"), new("Version", "1")]),
            };
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Forbidden || !body.Contains(HoaBinhRefusal, StringComparison.Ordinal))
                failures.Add($"{method} {url}: {(int)response.StatusCode}");
        }

        Assert.True(failures.Count == 0, "Not refused with the successor's name:\n" + string.Join("\n", failures));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task LegacyOfficer_PostToTheApi_Answers403ProblemNamingTheSuccessor()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        var response = await client.PostAsync("/api/v1/projects", new StringContent("{}"));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HoaBinhRefusal, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task LegacyDistrictOfficer_Submit_Refused403NamingTheCommune()
    {
        var project = await portal.WithDbAsync(db => db.Projects.Where(p => p.Status == ProjectStatus.Draft)
            .Select(p => p.Id).FirstOrDefaultAsync());
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.CaoPhongDistrict);

        var response = await client.PostFormAsync($"/Projects/{project}/Submit", [new("Version", "1")], tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Contains("UBND huyện Cao Phong đã ngừng hoạt động từ 01/07/2025; đơn vị kế thừa: UBND xã Cao Phong.",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LegacyOfficer_LanguageAndSignOut_StillWork()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);
        var token = await client.GetSignedInTokenAsync();

        var language = await client.PostAsync("/Home/Language",
            new FormUrlEncodedContent([new(PortalClientExtensions.TokenField, token), new("culture", "en")]));
        var logout = await client.PostAsync("/Account/Logout",
            new FormUrlEncodedContent([new(PortalClientExtensions.TokenField, token)]));

        await Expect.StatusAsync(HttpStatusCode.Redirect, language);
        await Expect.StatusAsync(HttpStatusCode.Redirect, logout);
    }

    /// <summary>Every action that changes something (by its HTTP methods), with its route filled in with ids of 1.</summary>
    private IEnumerable<(string Method, string Url)> WriteEndpoints()
    {
        var actions = portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<ControllerActionDescriptor>();
        foreach (var action in actions)
        {
            if (action.EndpointMetadata.OfType<AllowWhenOrganisationEndedAttribute>().Any()) continue;
            var declared = action.EndpointMetadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var methods = declared.Count == 0 ? ["POST"] : declared.Intersect(Writes).ToList();
            if (methods.Count == 0) continue;
            var template = action.AttributeRouteInfo?.Template
                           ?? $"{action.ControllerName}/{action.ActionName}"
                           + (action.Parameters.Any(p => p.Name == "id") ? "/{id}" : "");
            var url = "/" + RouteParameter().Replace(template, "1");
            foreach (var method in methods) yield return (method, url);
        }
    }

    private Task<int> AuditCountAsync() => portal.WithDbAsync(db => db.AuditLog.CountAsync());

    private Task<Project> HoaBinhProjectAsync() => portal.WithDbAsync(db => db.Projects.AsNoTracking()
        .Where(p => p.ProvinceCode == "17" && p.Year == 2021).OrderBy(p => p.Id).FirstAsync());

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RouteParameter();
}
