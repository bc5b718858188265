using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The budget overview's plan rows carry their own approved, disbursed and settled (they read 0 under fund rows of
/// 3.500), and no ratio is taken across funds (Hòa Bình's total read "Giao/dự toán 371,6%").
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class BudgetOverviewRowsTests(PortalFactory portal)
{
    private static List<string> Cells(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task PlanRows_Ministry2021_ShowTheirOwnApprovedDisbursedSettled()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        var page = await client.GetDocumentAsync("/Budget?year=2021");
        var national = await portal.NationalPlanIdAsync();
        var hoaBinh = await portal.ProvincialPlanIdAsync("17");
        var expected = await portal.WithDbAsync(db => db.Projects.Where(p => p.Year == 2021 && p.Fund == Fund.Kcdp
                && p.ProvinceCode == "17" && ProjectStatusGroups.Approved.Contains(p.Status))
            .GroupBy(p => 1).Select(g => new
            {
                Approved = g.Sum(p => p.ApprovedSupportDong ?? 0), Disbursed = g.Sum(p => p.DisbursedDong),
                Settled = g.Sum(p => p.SettledDong ?? 0),
            }).SingleAsync());

        AngleSharp.Dom.IElement PlanRow(int id) => page.QuerySelectorAll("#by-plan tbody tr")
            .Single(r => r.QuerySelector($"a[href='/Plans/Details/{id}']") is not null);
        var kcqgFund = Cells(page.QuerySelector("#by-fund tr[data-fund='KCQG']")!);
        var kcqgPlan = Cells(PlanRow(national));
        // Plan cells after fund, owner and decision: estimate, allocated, rate, approved, disbursed, rate, settled.
        Assert.Equal(kcqgFund[3..], kcqgPlan[6..]);
        Assert.NotEqual("0", kcqgPlan[6]);
        var hb = Cells(PlanRow(hoaBinh));
        Assert.Equal(new Vnd(expected.Approved).ToString(), hb[6]);
        Assert.Equal(new Vnd(expected.Disbursed).ToString(), hb[7]);
        Assert.Equal(new Vnd(expected.Settled).ToString(), hb[9]);
        Assert.Equal("405", hb[6]);
    }

    [Fact]
    public async Task TotalRow_HoaBinhFilterBothFunds_NoRatioAcrossFunds()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var page = await client.GetDocumentAsync("/Budget?year=2021&province=17");

        var total = Cells(page.QuerySelector("#by-fund tfoot tr")!);
        Assert.Equal("—", total[2]);
        Assert.Equal("—", total[5]);
        Assert.DoesNotContain(total, c => c.Contains('%'));
        // Within one fund the ratio stands: Hòa Bình's KCĐP allocations over its KCĐP estimate.
        Assert.Equal("100,0%", Cells(page.QuerySelector("#by-fund tr[data-fund='KCDP']")!)[2]);
        Assert.Equal("—", Cells(page.QuerySelector("#by-fund tr[data-fund='KCQG']")!)[2]);
    }
}
