using KhuyenCong.BrowserTests.Infrastructure;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// The project form checks in the browser before anything is sent (issue 15 items 2–3): no red box before typing,
/// the missing required fields each with their Vietnamese message and no POST, an impossible date, a cost line whose
/// sources do not add up, and the support cap as the officer types; once all is right the form is sent once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProjectFormValidationTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    // Phú Thọ's department officer drafts a 2026 project at the current commune of Cao Phong.
    private const string Department = "phutho.so@khuyencong.local";

    private async Task<(Fund Fund, int Content)> NationalCapAsync()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var caps = await db.SupportCaps.AsNoTracking()
            .Where(c => c.ProvinceUnitId == null && c.Condition == CapCondition.None && c.Multiplier != CapMultiplier.PerDemonstrationModel)
            .ToListAsync();
        var cap = caps.Where(c => c.AppliesOn(today)).OrderBy(c => c.Id).First();
        return (cap.Fund, cap.ActivityContentId);
    }

    [BrowserFact]
    public async Task EmptyAndWrongFields_RefusedInTheBrowserWithoutPost_ThenSavedOnce()
    {
        var (fund, content) = await NationalCapAsync();
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, Department);
        await PortalPage.OpenAsync(page, "/Projects/Create?year=2026");
        var posts = new List<string>();
        page.Request += (_, request) => { if (request.Method == "POST") posts.Add(request.Url); };
        var form = page.Locator("#project-form");
        var summary = form.Locator("[data-valmsg-summary='true']");

        // Nothing typed: no red box, the required fields marked.
        await Expect(summary).ToBeHiddenAsync();
        await Expect(form.Locator("label.required[for='Name']")).ToBeVisibleAsync();

        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(form.Locator("[data-valmsg-for='Name']")).ToHaveTextAsync("Vui lòng nhập Tên đề án.");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync("Vui lòng nhập Tên đề án.");
        Assert.Empty(posts);
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "project-form-client-validation")}");

        await form.Locator("input[name='Name']").FillAsync("Hỗ trợ lò sấy cam kiểm tra biểu mẫu Cao Phong");
        await Expect(form.Locator("[data-valmsg-for='Name']")).ToHaveTextAsync("");
        await form.Locator("select[name='Fund']").SelectOptionAsync(fund.ToString());
        await form.Locator("select[name='ActivityContentId']").SelectOptionAsync(content.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The place through the province → commune picker (its hidden fields are the server's to check).
        await form.Locator("#location-province").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Phú Thọ" });
        await form.Locator("#location-commune").SelectOptionAsync(new SelectOptionValue { Label = "Xã Cao Phong" });
        await Expect(form.Locator("input[name='LocationCode']")).ToHaveValueAsync("05089");

        // An impossible date stays as typed, with its reason.
        var start = form.Locator("input[name='StartDate']");
        await start.ClickAsync();
        await start.PressSequentiallyAsync("31/02/2026");
        await start.PressAsync("Tab");
        await Expect(form.Locator("[data-valmsg-for='StartDate']"))
            .ToHaveTextAsync("Ngày bắt đầu: không có ngày 31/02/2026 (nhập ngày theo dạng dd/MM/yyyy).");

        // A cost line whose sources do not add up to its total.
        await form.Locator("input[name='CostLines[0].Item']").FillAsync("Máy sấy lạnh");
        await form.Locator("input[name='CostLines[0].Total']").FillAsync("600");
        await form.Locator("input[name='CostLines[0].FundSupport']").FillAsync("300");
        await form.Locator("input[name='CostLines[0].Contribution']").FillAsync("200");
        await form.Locator("input[name='CostLines[0].Note']").FillAsync("Theo báo giá");
        await Expect(form.Locator("[data-valmsg-for='CostLines[0].Total']"))
            .ToHaveTextAsync("Dòng 1: tổng 600 triệu đồng khác tổng các nguồn 500 triệu đồng, lệch 100 triệu đồng.");

        // The support cap, as typed: far more support than any rule allows is a warning (sending is the judge).
        var check = page.Locator("#cost-check");
        await Expect(check).ToContainTextAsync("Mức hỗ trợ tối đa theo quy định");
        await form.Locator("input[name='CostLines[0].Total']").FillAsync("100.000");
        await form.Locator("input[name='CostLines[0].FundSupport']").FillAsync("100.000");
        await form.Locator("input[name='CostLines[0].Contribution']").FillAsync("");
        await Expect(check).ToContainTextAsync("Vượt mức hỗ trợ theo quy định");
        await Expect(check).ToHaveAttributeAsync("data-over", "true");

        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(form.Locator("[data-valmsg-for='StartDate']")).Not.ToHaveTextAsync("");
        Assert.Empty(posts);

        // All put right: one POST, and the draft is saved with the day typed.
        await form.Locator("input[name='CostLines[0].Total']").FillAsync("600");
        await form.Locator("input[name='CostLines[0].FundSupport']").FillAsync("300");
        await form.Locator("input[name='CostLines[0].Contribution']").FillAsync("300");
        await start.FillAsync("");
        await start.PressSequentiallyAsync("01032026");
        await start.PressAsync("Tab");
        await Expect(start).ToHaveValueAsync("01/03/2026");
        await PortalPage.NavigateByAsync(page, () => form.Locator("button[type='submit']").ClickAsync());

        Assert.Single(posts);
        await Expect(page.Locator("#project-code")).ToBeVisibleAsync();
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var saved = await db.Projects.AsNoTracking().Where(p => p.Name == "Hỗ trợ lò sấy cam kiểm tra biểu mẫu Cao Phong")
            .Select(p => new { p.StartDate, p.Status }).SingleAsync();
        Assert.Equal(new DateOnly(2026, 3, 1), saved.StartDate);
        Assert.Equal(ProjectStatus.Draft, saved.Status);
    }
}
