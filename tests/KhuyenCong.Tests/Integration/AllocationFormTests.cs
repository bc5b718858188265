using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 15 item 5, the allocation form: any number of recipients in one tranche, one tranche number per decision, a
/// recipient once per tranche, only organisations valid for the plan's year, the running total's figures. Each test
/// uses its own decision number and recipients on the 2026 KCQG plan, so their order does not matter.
/// </summary>
public sealed class AllocationFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The current provinces' extension centres: none is allocated KCQG 2026 money by the demo.</summary>
    private Task<List<int>> CentresAsync() => portal.WithDbAsync(db => db.Organisations
        .Where(o => o.Kind == OrganisationKind.ProvincialExtensionCentre && o.ValidTo == null
                    && o.ScopeUnit!.Generation == UnitGeneration.Current)
        .OrderBy(o => o.ScopeUnit!.Code).Select(o => o.Id).ToListAsync());

    private async Task<HttpClient> MinistryAsync()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        return client;
    }

    private async Task<List<KeyValuePair<string, string>>> TrancheAsync(int plan, int tranche, string decision,
        string date, params (int Recipient, string Amount)[] lines)
    {
        var version = await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan).Select(p => p.Version)
            .SingleAsync());
        List<KeyValuePair<string, string>> fields =
            [new("Version", version.ToString()), new("Tranche", tranche.ToString()), new("DecisionNumber", decision),
             new("DecisionDate", date)];
        for (var i = 0; i < lines.Length; i++)
        {
            fields.Add(new($"Items[{i}].RecipientId", lines[i].Recipient.ToString()));
            fields.Add(new($"Items[{i}].Amount", lines[i].Amount));
        }
        return fields;
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".validation-summary-errors")?.TextContent
        ?? "";

    [Fact]
    public async Task Allocate_TwelveRecipientsInOneSave_AllSavedInOneTranche()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var centres = (await CentresAsync()).Take(12).ToList();
        var before = await portal.AllocationCountAsync(plan);
        var client = await MinistryAsync();
        var next = int.Parse(((IHtmlInputElement)(await client.GetDocumentAsync($"/Plans/Allocate/{plan}"))
            .QuerySelector("input[name=Tranche]")!).Value);

        var response = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, next, "501/QĐ-BCT", "2026-09-01", [.. centres.Select(c => (c, "10"))]),
            tokenFromUrl: $"/Plans/Allocate/{plan}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var saved = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan
            && a.DecisionNumber == "501/QĐ-BCT").Select(a => new { a.RecipientId, a.Tranche }).ToListAsync());
        Assert.Equal(before + 12, await portal.AllocationCountAsync(plan));
        Assert.Equal(centres.Order(), saved.Select(s => s.RecipientId).Order());
        Assert.All(saved, s => Assert.Equal(next, s.Tranche));
    }

    [Fact]
    public async Task Allocate_SameDecisionLater_KeepsItsTranche_OtherNumberRefusedNothingSaved()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var centres = (await CentresAsync()).Skip(12).Take(3).ToList();
        var client = await MinistryAsync();
        var next = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan).MaxAsync(a => a.Tranche)) + 1;
        var first = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, next, "502/QĐ-BCT", "2026-09-02", (centres[0], "5")), tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Redirect, first);
        var before = await portal.AllocationCountAsync(plan);

        // The same decision under another tranche number is refused, the form keeps what was typed.
        var wrong = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, next + 1, "502/QĐ-BCT", "2026-09-02", (centres[1], "7,5")), tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.OK, wrong);
        var page = await PortalClientExtensions.ParseHtmlAsync(wrong);
        Assert.Contains($"Quyết định 502/QĐ-BCT đã giao kinh phí đợt {next}", page.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("7,5", ((IHtmlInputElement)page.QuerySelector("input[name='Items[0].Amount']")!).Value);
        Assert.Equal(before, await portal.AllocationCountAsync(plan));

        // The form tells the page which tranche each decision has, and offers the next number for a new one.
        var form = await client.GetDocumentAsync($"/Plans/Allocate/{plan}");
        var decisions = JsonDocument.Parse(form.QuerySelector("#tranche-form")!.GetAttribute("data-decisions")!)
            .RootElement.EnumerateArray().ToList();
        var known = Assert.Single(decisions, d => d.GetProperty("number").GetString() == "502/QĐ-BCT");
        Assert.Equal(next, known.GetProperty("tranche").GetInt32());
        Assert.Equal((next + 1).ToString(), ((IHtmlInputElement)form.QuerySelector("input[name=Tranche]")!).Value);

        // With its own tranche number the same decision reaches another recipient.
        var more = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, next, "502/QĐ-BCT", "2026-09-02", (centres[1], "7,5")), tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Redirect, more);
        Assert.Equal(before + 1, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task Allocate_NewDecisionUnderUsedTrancheNumber_RefusedNothingSaved()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var centre = (await CentresAsync())[20];
        var before = await portal.AllocationCountAsync(plan);
        var client = await MinistryAsync();

        var response = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, 1, "503/QĐ-BCT", "2026-09-03", (centre, "5")), tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Đợt 1 đã được giao theo quyết định 215/QĐ-BCT", await ErrorsAsync(response));
        Assert.Equal(before, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task Allocate_RecipientAlreadyInThatTranche_RefusedNothingSaved()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var (department, date) = await portal.WithDbAsync(async db =>
        {
            var entry = await db.Allocations.Where(a => a.PlanId == plan && a.DecisionNumber == "215/QĐ-BCT")
                .OrderBy(a => a.Id).Select(a => new { a.RecipientId, a.DecisionDate }).FirstAsync();
            return (entry.RecipientId, entry.DecisionDate);
        });
        var before = await portal.AllocationCountAsync(plan);
        var client = await MinistryAsync();

        var response = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, 1, "215/QĐ-BCT", date.ToString("yyyy-MM-dd"), (department, "5")),
            tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("đã được giao kinh phí trong đợt 1: mỗi đơn vị chỉ nhận một lần trong một đợt",
            await ErrorsAsync(response));
        Assert.Equal(before, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task Allocate_RecipientTwiceInTheForm_RefusedNamingBothRows_TypedValuesKept()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var centres = (await CentresAsync()).Skip(21).Take(2).ToList();
        var before = await portal.AllocationCountAsync(plan);
        var client = await MinistryAsync();
        var next = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan).MaxAsync(a => a.Tranche)) + 1;
        var name = await portal.WithDbAsync(db => db.Organisations.Where(o => o.Id == centres[0]).Select(o => o.Name)
            .SingleAsync());

        var response = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, next, "504/QĐ-BCT", "2026-09-04", (centres[0], "5"), (centres[1], "6"),
                (centres[0], "8")), tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains($"Dòng 3: {name} đã có ở dòng 1", page.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal(centres[0].ToString(), ((IHtmlSelectElement)page.QuerySelector("select[name='Items[2].RecipientId']")!).Value);
        Assert.Equal("8", ((IHtmlInputElement)page.QuerySelector("input[name='Items[2].Amount']")!).Value);
        Assert.Equal(before, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task AllocateForm_2026_OffersOnlyOrganisationsActiveInTheYear_RunningTotalFromRemaining()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var client = await MinistryAsync();

        var page = await client.GetDocumentAsync($"/Plans/Allocate/{plan}");

        var offered = page.QuerySelectorAll("select[name='Items[0].RecipientId'] option")
            .Select(o => o.GetAttribute("value") ?? "").Where(v => v.Length > 0).Select(int.Parse).ToList();
        var ended = await portal.WithDbAsync(db => db.Organisations.Where(o => offered.Contains(o.Id)
            && (o.ValidTo < new DateOnly(2026, 1, 1) || o.ScopeUnit!.Generation == UnitGeneration.Legacy))
            .Select(o => o.Name).ToListAsync());
        Assert.True(offered.Count >= 34, $"only {offered.Count} recipients offered");
        Assert.Empty(ended);
        var remaining = await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan)
            .Select(p => p.EstimateDong - p.AllocatedDong).SingleAsync());
        Assert.Equal((remaining / 1_000_000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("#tranche-left")!.GetAttribute("data-remaining"));
    }

    [Fact]
    public async Task Allocate_2026MoneyToEndedLegacyDepartment_RefusedNamingSuccessor_NothingSaved()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var legacy = await portal.WithDbAsync(db => db.Organisations.Where(o => o.Name == DemoOrganisations.HoaBinhDepartment
            && o.ValidTo != null).Select(o => o.Id).FirstAsync());
        var before = await portal.AllocationCountAsync(plan);
        var client = await MinistryAsync();
        var next = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan).MaxAsync(a => a.Tranche)) + 1;

        var response = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, next, "505/QĐ-BCT", "2026-09-05", (legacy, "5")), tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var errors = await ErrorsAsync(response);
        Assert.Contains("đã ngừng hoạt động", errors);
        Assert.Contains(DemoOrganisations.PhuThoDepartment, errors);
        Assert.Equal(before, await portal.AllocationCountAsync(plan));
    }
}
