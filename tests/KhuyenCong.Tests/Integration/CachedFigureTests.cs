using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: the dashboard is kept per user until the data changes. A write that changes a figure shows on the very
/// next request, not after an expiry; without a write the page is served from the cache.
/// </summary>
public sealed class CachedFigureTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Estimate = "[data-kpi='estimate'] .kc-kpi-value";

    [Fact]
    public async Task Dashboard_AfterAnEstimateAdjustment_ShowsTheNewEstimateOnTheNextRequest()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryLeader);
        var before = await EstimateShownAsync(client);
        Assert.Equal(before, await EstimateShownAsync(client)); // now cached
        var planId = await portal.WithDbAsync(db => db.AnnualPlans
            .Where(p => p.Year == 2026 && p.Fund == Fund.Kcqg && p.OwnerUnitId == null)
            .Select(p => p.Id).SingleAsync());

        await portal.WithDbAsync(async db =>
        {
            var plan = await db.AnnualPlans.Include(p => p.Revisions).SingleAsync(p => p.Id == planId);
            plan.AdjustEstimate(plan.Estimate + new Vnd(1_000 * BudgetData.Million), "99/QĐ-BCT",
                new DateOnly(2026, 11, 20), "Bổ sung dự toán (kiểm thử bộ nhớ đệm)");
            return await db.SaveChangesAsync();
        });

        var after = await EstimateShownAsync(client);
        Assert.Equal(Vnd.ParseMillions(before).Dong + 1_000 * BudgetData.Million, Vnd.ParseMillions(after).Dong);
    }

    private static async Task<string> EstimateShownAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/Dashboard?year=2026");
        return page.QuerySelector(Estimate)?.TextContent.Trim()
               ?? throw new Xunit.Sdk.XunitException("no estimate KPI");
    }
}
