using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// A closed plan year and its projects still under contract (DOMAIN §11 steps 5 and 7, issue 13): the close lists
/// them and the allocation they still need is carried over (chuyển nguồn), never returned; afterwards they go on to
/// payment, acceptance, settlement and closing, while changing what the closed plan approved (an adjustment) stays
/// refused (409, nothing saved) until the year is reopened. These tests write.
/// </summary>
public sealed class ClosedYearContinuingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static List<string> Hidden(IHtmlDocument page, string suffix) => page.QuerySelectorAll("input[type=hidden]")
        .OfType<IHtmlInputElement>().Where(i => i.Name!.EndsWith(suffix, StringComparison.Ordinal))
        .Select(i => i.Value).ToList();

    private static string Millions(long dong) => (dong / 1_000_000m).ToString("0.######", Vi);

    private static List<KeyValuePair<string, string>> Fields(IHtmlDocument page, long version,
        Func<int, bool, string> disposition)
    {
        var projects = Hidden(page, ".ProjectId");
        var recipients = Hidden(page, ".RecipientId");
        var owed = page.QuerySelectorAll("#unspent tbody tr[data-owed]")
            .Select(r => long.Parse(r.GetAttribute("data-owed")!, CultureInfo.InvariantCulture) > 0).ToList();
        List<KeyValuePair<string, string>> fields =
            [new("Version", version.ToString(CultureInfo.InvariantCulture)), new("DecisionNumber", "15/QĐ-BCT")];
        for (var i = 0; i < projects.Count; i++)
        {
            fields.Add(new($"Projects[{i}].ProjectId", projects[i]));
            fields.Add(new($"Projects[{i}].Action", "Carry"));
            fields.Add(new($"Projects[{i}].Reason", "Chưa kịp ký hợp đồng"));
        }
        for (var i = 0; i < recipients.Count; i++)
        {
            fields.Add(new($"Balances[{i}].RecipientId", recipients[i]));
            fields.Add(new($"Balances[{i}].Disposition", disposition(i, owed[i])));
        }
        return fields;
    }

    [Fact]
    public async Task CloseKcqg2021_RunningProjectsBalanceCarriedOver_ThenPaidAcceptedSettledClosed_NotAdjusted()
    {
        var plan = await portal.NationalPlanIdAsync();
        var running = await portal.WithDbAsync(db => db.Projects.Where(p => p.Fund == Fund.Kcqg && p.Year == 2021
                && p.Status == ProjectStatus.InProgress && p.ApprovedSupportDong > p.DisbursedDong + 1_000_000)
            .Select(p => p.Id).FirstAsync());
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var page = await ministry.GetDocumentAsync($"/Plans/{plan}/YearEnd");
        Assert.NotNull(page.QuerySelector($"#in-progress a[href='/Projects/Details/{running}']"));
        Assert.NotNull(page.QuerySelector("#in-progress-note"));
        var version = await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan)
            .Select(p => p.Version).SingleAsync());

        // Returning the balance the running projects still need: the checklist again with the reason, nothing saved.
        var returned = await ministry.PostFormAsync($"/Plans/{plan}/YearEnd",
            Fields(page, version, (_, _) => "Returned"), tokenFromUrl: $"/Plans/{plan}/YearEnd");
        await Expect.StatusAsync(HttpStatusCode.OK, returned);
        Assert.Contains("phải chuyển nguồn", (await PortalClientExtensions.ParseHtmlAsync(returned))
            .QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.False(await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan)
            .Select(p => p.IsClosed).SingleAsync()));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<PlanYearEvent>().CountAsync(e => e.PlanId == plan)));

        var closed = await ministry.PostFormAsync($"/Plans/{plan}/YearEnd",
            Fields(page, version, (_, owed) => owed ? "CarriedOver" : "Returned"),
            tokenFromUrl: $"/Plans/{plan}/YearEnd");
        await Expect.StatusAsync(HttpStatusCode.Redirect, closed);
        Assert.True(await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan)
            .Select(p => p.IsClosed).SingleAsync()));

        // Changing what the closed plan approved stays refused.
        var project = await portal.ProjectAsync(running);
        var adjust = await ministry.StepAsync(portal, running, "Adjust",
            ("Amount", Millions(project.ApprovedSupportDong!.Value)), ("DecisionNumber", "17/QĐ-BCT"),
            ("DecisionDate", "2022-02-01"), ("Comment", "Điều chỉnh sau khóa sổ"));
        await Expect.StatusAsync(HttpStatusCode.Conflict, adjust);
        Assert.Contains("đã khóa sổ", await adjust.Content.ReadAsStringAsync());
        Assert.Equal(project.History.Count, (await portal.ProjectAsync(running)).History.Count);

        // The work goes on: a payment, the acceptance, the settlement at what was paid, the closing.
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.StepAsync(portal, running, "Disburse",
            ("DisbursementKind", "Payment"), ("DecisionNumber", "UNC 12/2022"), ("DecisionDate", "2022-02-10"),
            ("Amount", "1")));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.StepAsync(portal, running, "Accept",
            ("DecisionNumber", "BB 05/2022"), ("DecisionDate", "2022-02-20")));
        var accepted = await portal.ProjectAsync(running);
        // Settled at what was paid (on the first cost line), so the balance is nil and the project can be closed.
        var settlement = accepted.CostLines.OrderBy(l => l.Order).SelectMany((l, i) => new[]
        {
            ($"LineActuals[{i}].Order", l.Order.ToString(CultureInfo.InvariantCulture)),
            ($"LineActuals[{i}].Amount", i == 0 ? Millions(accepted.DisbursedDong) : "0"),
        }).Concat([("DecisionNumber", "QT 08/2022"), ("DecisionDate", "2022-03-01")]).ToArray();
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await ministry.StepAsync(portal, running, "Settle", settlement));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.StepAsync(portal, running, "Close",
            ("Comment", "Đã quyết toán đủ")));

        var done = await portal.ProjectAsync(running);
        Assert.Equal(ProjectStatus.Closed, done.Status);
        Assert.Equal(project.DisbursedDong + 1_000_000, done.DisbursedDong);
        Assert.Equal((2021, Fund.Kcqg), (done.Year, done.Fund));
    }
}
