using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The 2021 figures of the seed article, through the summary API and the overview page, per caller's scope.</summary>
[Collection(SharedPortal.Name)]
public sealed class BudgetSummaryTests(PortalFactory portal)
{
    private const long M = BudgetData.Million;

    private sealed record Summary(int Year, string? Fund, long Estimate, long Allocated, long Approved, long Disbursed, long Settled);

    private async Task<Summary> SummaryAsync(string email, string query)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        var response = await client.GetAsync($"/api/v1/budget/summary?{query}");
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return (await response.Content.ReadFromJsonAsync<Summary>())!;
    }

    [Fact]
    public async Task Summary_Ministry2021Kcqg_Is150BillionEstimateAnd75641MillionAllocated()
    {
        var summary = await SummaryAsync(DemoAccounts.MinistryOfficer, "year=2021&fund=KCQG");

        // Execution figures, summed here straight from the projects table.
        var projects = await portal.WithDbAsync(db => db.Projects.Where(p => p.Year == 2021 && p.Fund == Fund.Kcqg).ToListAsync());
        var approved = projects.Where(p => p.Status is ProjectStatus.Approved or ProjectStatus.InProgress or ProjectStatus.Accepted or ProjectStatus.Settled
            or ProjectStatus.Closed)
            .Sum(p => p.ApprovedSupportDong ?? 0);
        Assert.Equal(new Summary(2021, "KCQG", 150_000 * M, 75_641 * M, approved, projects.Sum(p => p.DisbursedDong), projects.Sum(p => p.SettledDong ?? 0)), summary);
        Assert.True(approved > 0);
    }

    [Fact]
    public async Task Summary_Ministry2021BothFunds_Is338BillionEstimate()
    {
        var summary = await SummaryAsync(DemoAccounts.MinistryLeader, "year=2021");

        var kcdpAllocated = await portal.WithDbAsync(db =>
            db.Allocations.Where(a => a.Plan!.Year == 2021 && a.Plan.Fund == Fund.Kcdp).SumAsync(a => a.AmountDong));
        Assert.Equal(338_000 * M, summary.Estimate);
        Assert.Equal(75_641 * M + kcdpAllocated, summary.Allocated);
        Assert.Null(summary.Fund);
    }

    [Fact]
    public async Task Summary_Ministry2021Kcdp_Is188BillionWithHoaBinh405()
    {
        Assert.Equal(188_000 * M, (await SummaryAsync(DemoAccounts.MinistryOfficer, "year=2021&fund=KCDP")).Estimate);
        var hoaBinh = await SummaryAsync(DemoAccounts.MinistryOfficer, "year=2021&fund=KCDP&province=17");
        Assert.Equal(405 * M, hoaBinh.Estimate);
        Assert.Equal(405 * M, hoaBinh.Allocated);
    }

    [Theory]
    [InlineData(DemoAccounts.HoaBinhDepartment)]
    [InlineData(DemoAccounts.HoaBinhLeader)]
    [InlineData(DemoAccounts.PhuThoDepartment)]
    [InlineData(DemoAccounts.MinistryOfficer)]
    public async Task Summary_HoaBinh2021_Is1505Million_1100National405Local(string email)
    {
        var total = await SummaryAsync(email, "year=2021&province=17");
        var national = await SummaryAsync(email, "year=2021&province=17&fund=KCQG");
        var local = await SummaryAsync(email, "year=2021&province=17&fund=KCDP");

        Assert.Equal(1_505 * M, total.Allocated);
        Assert.Equal(1_100 * M, national.Allocated);
        Assert.Equal(405 * M, local.Allocated);
        Assert.Equal(405 * M, total.Estimate);
    }

    [Fact]
    public async Task Summary_HoaBinhOfficerWithoutProvince_SumsOnlyOwnScope()
    {
        // The legacy Hòa Bình account: since 01/07/2025 the others work for Phú Thọ, whose area is wider.
        var summary = await SummaryAsync(DemoAccounts.HoaBinhLegacy, "year=2021");

        Assert.Equal(405 * M, summary.Estimate);
        Assert.Equal(1_505 * M, summary.Allocated);
    }

    [Theory]
    [InlineData(DemoAccounts.HoaBinhLegacy, "25")]
    [InlineData(DemoAccounts.HoaBinhLeader, "01")]
    [InlineData(DemoAccounts.CaoPhongCommune, "17")]
    [InlineData(DemoAccounts.MinistryOfficer, "99")]
    public async Task Summary_ProvinceOutsideScope_Returns404(string email, string province)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/api/v1/budget/summary?year=2021&province={province}"));
    }

    [Fact]
    public async Task Summary_UnknownFund_Returns400()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.BadRequest, await client.GetAsync("/api/v1/budget/summary?year=2021&fund=ABC"));
    }

    [Fact]
    public async Task Summary_Anonymous_Returns401()
    {
        var response = await portal.CreateClient().GetAsync("/api/v1/budget/summary?year=2021");
        await Expect.StatusAsync(HttpStatusCode.Unauthorized, response);
    }

    [Fact]
    public async Task Summary_JsonUsesTheDocumentedNamesAndWholeDong()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/budget/summary?year=2021&fund=KCQG"));

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["year", "fund", "estimate", "allocated", "approved", "disbursed", "settled", "boundaries", "provinces"],
            names);
        var province = json.RootElement.GetProperty("provinces")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["code", "name", "estimate", "allocated", "approved", "disbursed", "settled"], province);
        Assert.Equal(75_641_000_000L, json.RootElement.GetProperty("allocated").GetInt64());
    }

    [Fact]
    public async Task Overview_Ministry2021_ShowsArticleFiguresAndRate()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryLeader);

        var page = await client.GetDocumentAsync("/Budget?year=2021");

        var kcqg = page.QuerySelector("#by-fund tr[data-fund='KCQG']")!.TextContent;
        Assert.Contains("150.000", kcqg);
        Assert.Contains("75.641", kcqg);
        Assert.Contains("50,4%", kcqg);
        Assert.Contains("338.000", page.QuerySelector("#by-fund tr[data-total]")!.TextContent);
        var kcqgRecipients = page.QuerySelectorAll("#by-recipient tbody tr").Count(r => r.Children[0].TextContent.Trim() == "KCQG");
        Assert.Equal(52, kcqgRecipients);
    }

    [Fact]
    public async Task Demo_KcqgRecipients_Are46ProvincesAnd6MinistryUnits()
    {
        var kinds = await portal.WithDbAsync(db => db.Allocations
            .Where(a => a.Plan!.Year == 2021 && a.Plan.Fund == Fund.Kcqg)
            .Select(a => new { a.RecipientId, a.Recipient!.Kind, Province = a.Recipient.ScopeUnit != null ? a.Recipient.ScopeUnit.Code : null })
            .Distinct().ToListAsync());

        Assert.Equal(46, kinds.Where(k => k.Province is not null).Select(k => k.Province).Distinct().Count());
        Assert.Equal(6, kinds.Count(k => k.Province is null));
        Assert.Contains(kinds, k => k.Province == "17");
    }

    [Fact]
    public async Task Overview_HoaBinhLeader_SeesOwnFiguresAndNoOtherProvince()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        var page = await client.GetDocumentAsync("/Budget?year=2021");

        Assert.Contains("1.505", page.QuerySelector("#by-fund tr[data-total]")!.TextContent);
        var recipients = page.QuerySelectorAll("#by-recipient tbody tr").Select(r => r.Children[1].QuerySelector("a")!.TextContent.Trim()).ToList();
        Assert.Equal([DemoOrganisations.HoaBinhDepartment, DemoOrganisations.HoaBinhCentre], recipients);
        Assert.Empty(page.QuerySelectorAll("a[href*='/Plans/Allocate']"));
    }

    [Fact]
    public async Task PlanDetails_HoaBinhSeesNationalPlanOnlyThroughOwnEntries()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var department = await portal.OrganisationIdAsync(DemoOrganisations.HoaBinhDepartment);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        var page = await client.GetDocumentAsync($"/Plans/Details/{kcqg}?recipientId={department}");
        var whole = await client.GetDocumentAsync($"/Plans/Details/{kcqg}");

        Assert.Equal("1.100", page.QuerySelector("[data-field='table-total']")!.TextContent.Trim());
        Assert.Null(whole.QuerySelector("#plan-summary"));
        Assert.Equal("1.100", whole.QuerySelector("[data-field='table-total']")!.TextContent.Trim());
    }

    [Fact]
    public async Task PlanDetails_OtherProvincePlan_Returns404()
    {
        var other = await portal.ProvincialPlanIdAsync("01");
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Plans/Details/{other}"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Plans/Export/{other}"));
    }
}
