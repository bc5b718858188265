using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Mid-year adjustment of an estimate (DOMAIN §11.5): a new dated entry with its own decision; the original decision
/// is never overwritten; the plan page shows the history. Refusals save nothing. These tests write: own portal.
/// </summary>
public sealed class EstimateAdjustmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const long M = BudgetData.Million;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<AnnualPlan> PlanAsync(int id) => portal.WithDbAsync(db => db.AnnualPlans.AsNoTracking()
        .Include(p => p.Revisions).SingleAsync(p => p.Id == id));

    private async Task<List<KeyValuePair<string, string>>> FieldsAsync(int plan, string estimate, string? reason) =>
    [
        new("Version", (await PlanAsync(plan)).Version.ToString()), new("Estimate", estimate),
        new("DecisionNumber", "55/QĐ-UBND"), new("DecisionDate", "2022-06-15"), new("Reason", reason ?? ""),
    ];

    [Fact]
    public async Task AdjustEstimate_NewDatedEntry_OriginalDecisionKeptAndHistoryOnThePlanPage()
    {
        var plan = await portal.ProvincialPlanIdAsync("17", 2022);
        var before = await PlanAsync(plan);
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await client.PostFormAsync($"/Plans/{plan}/AdjustEstimate",
            await FieldsAsync(plan, "600", "Bổ sung kinh phí giữa năm"), tokenFromUrl: $"/Plans/{plan}/AdjustEstimate");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var after = await PlanAsync(plan);
        Assert.Equal(600 * M, after.EstimateDong);
        Assert.Equal(before.DecisionNumber, after.DecisionNumber);
        Assert.Equal(before.DecisionDate, after.DecisionDate);
        var entries = after.Revisions.OrderBy(r => r.Sequence).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal((before.EstimateDong, before.DecisionNumber),
            (entries[0].EstimateDong, entries[0].DecisionNumber));
        Assert.Equal(("55/QĐ-UBND", new DateOnly(2022, 6, 15)),
            (entries[1].DecisionNumber, entries[1].DecisionDate!.Value));
        Assert.Equal(600 * M - before.EstimateDong, entries[1].ChangeDong);
        Assert.Equal(DemoAccounts.HoaBinhDepartment, entries[1].CreatedBy);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EntityType == nameof(EstimateRevision)
            && a.NewValues!.Contains("55/QĐ-UBND"))));

        var rows = (await client.GetDocumentAsync($"/Plans/Details/{plan}"))
            .QuerySelectorAll("#estimate-history tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(before.DecisionNumber!, rows[0]);
        Assert.Contains("55/QĐ-UBND", rows[1]);
        Assert.Contains("Bổ sung kinh phí giữa năm", rows[1]);
    }

    [Fact]
    public async Task AdjustEstimate_WithoutReason_FormAgainNothingSaved()
    {
        var plan = await portal.ProvincialPlanIdAsync("17", 2023);
        var before = await PlanAsync(plan);
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await client.PostFormAsync($"/Plans/{plan}/AdjustEstimate",
            await FieldsAsync(plan, "900", null), tokenFromUrl: $"/Plans/{plan}/AdjustEstimate");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Lý do điều chỉnh", await response.Content.ReadAsStringAsync());
        var after = await PlanAsync(plan);
        Assert.Equal(before.EstimateDong, after.EstimateDong);
        Assert.Equal(before.Revisions.Count, after.Revisions.Count);
    }

    [Fact]
    public async Task AdjustEstimate_MinistryOfficerOnProvincialPlan_Returns403NothingSaved()
    {
        var plan = await portal.ProvincialPlanIdAsync("17", 2024);
        var before = await PlanAsync(plan);
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var token = await client.GetSignedInTokenAsync();
        var fields = await FieldsAsync(plan, "900", "Bổ sung");
        fields.Add(new(PortalClientExtensions.TokenField, token));

        await Expect.StatusAsync(HttpStatusCode.Forbidden,
            await client.PostAsync($"/Plans/{plan}/AdjustEstimate", new FormUrlEncodedContent(fields)));

        Assert.Equal(before.Revisions.Count, (await PlanAsync(plan)).Revisions.Count);
    }

    [Fact]
    public async Task EditPlan_EstimateAndDecisionTyped_NeitherOverwrittenNoteSaved()
    {
        var plan = await portal.ProvincialPlanIdAsync("17", 2024);
        var before = await PlanAsync(plan);
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await client.PostFormAsync($"/Plans/Edit/{plan}",
            [new("Version", before.Version.ToString()), new("Estimate", "999"), new("DecisionNumber", "99/QĐ-UBND"),
             new("DecisionDate", "2024-05-05"), new("Note", "Ghi chú mới")], tokenFromUrl: $"/Plans/Edit/{plan}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var after = await PlanAsync(plan);
        Assert.Equal((before.EstimateDong, before.DecisionNumber, before.DecisionDate),
            (after.EstimateDong, after.DecisionNumber, after.DecisionDate));
        Assert.Equal("Ghi chú mới", after.Note);
        Assert.Equal(before.Revisions.Count, after.Revisions.Count);
    }
}
