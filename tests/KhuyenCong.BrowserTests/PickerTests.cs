using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Issue 15 items 5–6 in a browser: the allocation form's searchable rows, its tranche per decision, duplicate warning
/// and running total; the project form's cascading place picker and the beneficiary search with "add new" in place.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PickerTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, email);
        return page;
    }

    /// <summary>Chooses an option of a Tom Select picker by typing part of its text.</summary>
    private static async Task PickAsync(IPage page, ILocator control, string typed, string option)
    {
        var search = control.Locator("input");
        await search.ClickAsync();
        await search.PressSequentiallyAsync(typed);
        await page.Locator(".ts-dropdown:visible .option", new() { HasText = option }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    [BrowserFact]
    public async Task AllocationForm_DecisionBringsItsTranche_RowsSearchable_DuplicateFlagged_TotalRunning()
    {
        var ministry = await SignedInAsync("bo.canbo@khuyencong.local");
        await PortalPage.OpenAsync(ministry, "/Plans?year=2026&fund=KCQG");
        await PortalPage.NavigateByAsync(ministry, () => ministry.Locator("main table a[href*='/Plans/Details/']").First.ClickAsync());
        await PortalPage.NavigateByAsync(ministry, () => ministry.GetByRole(AriaRole.Link,
            new() { Name = "Giao kinh phí (thêm đợt)" }).ClickAsync());
        var form = ministry.Locator("#tranche-form");

        // A decision number already used brings its tranche; a new one the next number.
        var next = await form.Locator("input[name='Tranche']").InputValueAsync();
        await form.Locator("input[name='DecisionNumber']").FillAsync("215/QĐ-BCT");
        await Expect(form.Locator("input[name='Tranche']")).ToHaveValueAsync("1");
        await form.Locator("input[name='DecisionNumber']").FillAsync("777/QĐ-BCT");
        await Expect(form.Locator("input[name='Tranche']")).ToHaveValueAsync(next);

        // More rows than the page started with, each searchable; the same centre twice is flagged at once.
        for (var i = 0; i < 3; i++) await ministry.Locator("#tranche-add").ClickAsync();
        await Expect(form.Locator("tr[data-row]")).ToHaveCountAsync(6);
        var controls = form.Locator("tr[data-row] .ts-control");
        await PickAsync(ministry, controls.Nth(0), "lao cai", "Lào Cai");
        await PickAsync(ministry, controls.Nth(4), "lao cai", "Lào Cai");
        Assert.Equal(await form.Locator("select[name='Items[0].RecipientId']").InputValueAsync(),
            await form.Locator("select[name='Items[4].RecipientId']").InputValueAsync());
        await Expect(form.Locator("tr[data-row]").Nth(4).Locator("[data-valmsg-for$='RecipientId']"))
            .ToContainTextAsync("dòng 1");

        // The running total follows the amounts as typed, in vi-VN form.
        // Typed right after choosing: a picker refreshing its list after the typing stopped (Tom Select's 300 ms
        // refreshThrottle) reopened and took the focus, so the amount went into its search (CI, 30/11/2026). The
        // amount field keeps the focus past that delay, and no list opens by itself.
        var first = form.Locator("input[name='Items[0].Amount']");
        await first.FillAsync("1.250,5");
        await Expect(ministry.Locator("#tranche-total")).ToHaveTextAsync("1.250,5");
        Assert.Equal(0, await ministry.EvaluateAsync<int>(
            "document.querySelector('select[data-recipient]').tomselect.settings.refreshThrottle"));
        await ministry.WaitForTimeoutAsync(400);
        await Expect(first).ToBeFocusedAsync();
        await Expect(first).ToHaveValueAsync("1.250,5");
        await Expect(ministry.Locator(".ts-dropdown:visible")).ToHaveCountAsync(0);
        await form.Locator("input[name='Items[4].Amount']").FillAsync("100");
        await Expect(ministry.Locator("#tranche-total")).ToHaveTextAsync("1.350,5");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(ministry, "allocation-pickers")}");
    }

    [BrowserFact]
    public async Task ProjectForm_PlaceCascade_BeneficiaryAddedInPlace_SavedWithTheDraft()
    {
        var officer = await SignedInAsync("phutho.so@khuyencong.local");
        await PortalPage.OpenAsync(officer, "/Projects/Create?year=2026");
        var form = officer.Locator("#project-form");
        await form.Locator("input[name='Name']").FillAsync("Hỗ trợ máy sấy chè cho cơ sở mới");
        await form.Locator("select[name='ActivityContentId']").SelectOptionAsync(new SelectOptionValue { Index = 1 });

        // 2026: current units only, province then commune (no district).
        await form.Locator("#location-province").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Phú Thọ" });
        await Expect(form.Locator("[data-district-box]")).ToBeHiddenAsync();
        await form.Locator("#location-commune").SelectOptionAsync(new SelectOptionValue { Label = "Xã Cao Phong" });
        await Expect(form.Locator("input[name='LocationCode']")).ToHaveValueAsync("05089");
        await Expect(form.Locator("input[name='LocationGeneration']")).ToHaveValueAsync("Current");

        // Not found by the search: added in place and chosen.
        await form.Locator("#BeneficiaryIds-ts-control").FillAsync("Cơ sở chè Đồi Mây mới");
        await officer.Locator(".ts-dropdown .create").ClickAsync();
        var dialog = officer.Locator("#establishment-quick-add");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("input[name='Name']")).ToHaveValueAsync("Cơ sở chè Đồi Mây mới");
        await dialog.Locator("select[name='LegalFormId']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await dialog.Locator("#establishment-province").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Phú Thọ" });
        await dialog.Locator("#establishment-commune").SelectOptionAsync(new SelectOptionValue { Label = "Xã Cao Phong" });
        await dialog.Locator("button[type='submit']").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(form.Locator(".ts-control .item", new() { HasText = "Cơ sở chè Đồi Mây mới" })).ToBeVisibleAsync();
        // The dialog gives the focus back to the picker only once its backdrop has faded out (hidden.bs.modal), after
        // the dialog itself is hidden: fields filled in between lost their typing to the picker's search and the
        // form did not submit (CI, twice). As a user does: wait for the focus to come back, close the picker's list.
        await Expect(form.Locator("#BeneficiaryIds-ts-control")).ToBeFocusedAsync();
        await officer.Keyboard.PressAsync("Escape");
        await Expect(officer.Locator(".ts-dropdown:visible")).ToHaveCountAsync(0);

        await form.Locator("input[name='CostLines[0].Item']").FillAsync("Máy sấy chè");
        await form.Locator("input[name='CostLines[0].Total']").FillAsync("200");
        await form.Locator("input[name='CostLines[0].FundSupport']").FillAsync("100");
        await form.Locator("input[name='CostLines[0].Contribution']").FillAsync("100");
        await PortalPage.NavigateByAsync(officer, () => form.Locator("button[type='submit']").ClickAsync());
        await Expect(officer.Locator("#project-code")).ToBeVisibleAsync();
        await Expect(officer.Locator("#beneficiaries")).ToContainTextAsync("Cơ sở chè Đồi Mây mới");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(officer, "project-pickers")}");
    }
}
