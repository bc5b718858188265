using System.Net;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 12, "done when": no screen dated 2026 or later offers a legacy unit, a district or an ended organisation.
/// Every GET form and filter page with a select, datalist, checkbox list or JSON picker of units or organisations
/// (found by grepping the views for select/datalist and the controllers for their GET actions) is opened for 2026
/// as the ministry officer, the Phú Thọ department officer and the administrator.
/// </summary>
public sealed class OffersAfterReformTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly ScreenDate = new(2026, 1, 1);

    /// <summary>Pages an account cannot open (403/404) are skipped for it; each page must open for someone.</summary>
    private async Task<List<string>> PagesAsync()
    {
        var phuTho = await portal.WithDbAsync(db => db.AdministrativeUnits
            .Where(u => u.Generation == UnitGeneration.Current && u.Code == "25").Select(u => u.Id).SingleAsync());
        var plan = await portal.WithDbAsync(db => db.AnnualPlans
            .Where(p => p.Year == 2026 && p.Fund == Fund.Kcdp && p.OwnerUnitId == phuTho)
            .Select(p => p.Id).FirstAsync());
        var national = await portal.WithDbAsync(db => db.AnnualPlans
            .Where(p => p.Year == 2026 && p.Fund == Fund.Kcqg).Select(p => p.Id).FirstAsync());
        var draft = await portal.WithDbAsync(db => db.Projects.Where(p => p.Year == 2026 && p.ProvinceCode == "25")
            .OrderBy(p => p.Status != ProjectStatus.Draft).ThenBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var round = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Year == 2026)
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var user = (await portal.FindUserAsync(DemoAccounts.PhuThoDepartment))!.Id;
        var legacyDepartment = await portal.WithDbAsync(db => db.Organisations
            .Where(o => o.Name == DemoOrganisations.HoaBinhDepartment).Select(o => o.Id).FirstAsync());
        var currentDepartment = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var establishment = await portal.WithDbAsync(db => db.Establishments
            .Where(e => e.AddressUnit!.Generation == UnitGeneration.Current && e.AddressUnit.ProvinceCode == "25")
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        return
        [
            "/Projects?year=2026", "/Projects/Create?year=2026", "/Projects/Create", $"/Projects/Edit/{draft}",
            $"/Projects/Details/{draft}", "/Plans?year=2026", "/Plans/Create?fund=KCDP&year=2026",
            "/Plans/Create?fund=KCQG&year=2026", $"/Plans/Edit/{plan}", $"/Plans/Allocate/{plan}",
            $"/Plans/Allocate/{national}", "/Budget?year=2026", "/Dashboard?year=2026",
            "/Dashboard?year=2026&boundaries=recorded", "/Reports?year=2026", "/ProductRounds?year=2026",
            "/ProductRounds/Create", "/ProductRounds/Create?region=North", $"/ProductRounds/Details/{round}",
            $"/ProductEntries/Create?roundId={round}", "/registry?year=2026", "/Establishments/Create",
            $"/Establishments/Edit/{establishment}", "/Commendations?year=2026", "/Commendations/Create",
            "/Users", "/Users/Create", $"/Users/Edit/{user}", $"/Organisations/Details/{legacyDepartment}",
            "/SupportCaps/Create", "/Programmes/Create", "/Organisations/Create",
            $"/Organisations/Edit/{currentDepartment}",
        ];
    }

    private static readonly string[] JsonPickers =
    [
        "/Projects/Options?year=2026", "/api/v1/admin-units/provinces?year=2026",
        "/api/v1/admin-units/provinces?asOf=2026-01-01", "/api/v1/admin-units/provinces",
        "/AdminUnits/Picker/Units?year=2026", "/AdminUnits/Picker/Units",
    ];

    [Fact]
    public async Task EveryScreenOf2026_OffersNoLegacyUnitDistrictOrEndedOrganisation()
    {
        var audit = await OfferAudit.LoadAsync(portal);
        var pages = await PagesAsync();
        var opened = new HashSet<string>();
        var offers = 0;
        string[] accounts = [DemoAccounts.MinistryOfficer, DemoAccounts.PhuThoDepartment, DemoAccounts.Admin];
        foreach (var account in accounts)
        {
            var client = portal.CreateClient();
            await client.SignInAsync(account);
            foreach (var url in pages)
            {
                var response = await client.GetAsync(url);
                if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound) continue;
                await Expect.StatusAsync(HttpStatusCode.OK, response);
                opened.Add(url);
                offers += audit.CheckPage($"{account} {url}", await PortalClientExtensions.ParseHtmlAsync(response),
                    ScreenDate);
            }
            foreach (var url in JsonPickers)
            {
                var response = await client.GetAsync(url);
                if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound) continue;
                await Expect.StatusAsync(HttpStatusCode.OK, response);
                opened.Add(url);
                var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                offers += root.ValueKind == JsonValueKind.Array
                    ? audit.CheckJson($"{account} {url}", "province", root.EnumerateArray(), ScreenDate)
                    : audit.CheckJson($"{account} {url}", "organisations",
                          root.GetProperty("organisations").EnumerateArray(), ScreenDate);
            }
        }

        Assert.Empty(pages.Concat(JsonPickers).Except(opened));
        Assert.True(offers > 500, $"only {offers} offers of units or organisations seen");
        Assert.True(audit.Problems.Count == 0, string.Join("\n", audit.Problems.Distinct()));
    }
}
