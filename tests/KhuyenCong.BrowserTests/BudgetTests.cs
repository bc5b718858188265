using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>The ministry officer gives a province a new tranche and the overview follows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BudgetTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string MinistryOfficer = "bo.canbo@khuyencong.local";

    [BrowserFact]
    public async Task MinistryOfficer_AddsTranche_OverviewShowsNewTotal()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, MinistryOfficer);

        await PortalPage.OpenAsync(page, "/Budget?year=2021&fund=KCQG");
        var kcqgRow = page.Locator("#by-fund tr[data-fund='KCQG']");
        await Expect(kcqgRow).ToContainTextAsync("75.641");
        await Expect(kcqgRow).ToContainTextAsync("50,4%");

        // From the overview to the national plan, then to the tranche form.
        await PortalPage.NavigateByAsync(page, () => page.Locator("#by-plan a").First.ClickAsync());
        await Expect(page.Locator("[data-field='estimate']")).ToContainTextAsync("150.000");
        await PortalPage.NavigateByAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Giao kinh phí (thêm đợt)" }).ClickAsync());

        await page.Locator("input[name='DecisionNumber']").FillAsync("2500/QĐ-BCT");
        await page.Locator("input[name='DecisionDate']").FillAsync("2021-10-20");
        await page.Locator("select[name='Items[0].RecipientId']").SelectOptionAsync(new SelectOptionValue { Label = "Sở Công Thương tỉnh Hòa Bình – Tỉnh Hoà Bình" });
        await page.Locator("input[name='Items[0].Amount']").FillAsync("1.359");
        var saved = await PortalPage.NavigateByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Lưu đợt giao kinh phí" }).ClickAsync());
        Assert.True(saved.Ok, $"Saving the tranche answered HTTP {saved.Status}");
        await Expect(page.Locator(".alert-success, .alert-info").First).ToContainTextAsync("Đã giao kinh phí đợt 3");

        await PortalPage.OpenAsync(page, "/Budget?year=2021&fund=KCQG");
        await Expect(kcqgRow).ToContainTextAsync("77.000");
        await Expect(kcqgRow).ToContainTextAsync("51,3%");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "budget-overview-after-tranche")}");
    }
}
