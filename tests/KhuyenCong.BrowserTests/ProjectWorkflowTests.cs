using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// The main path of a project in three browsers: Cao Phong's district officer drafts and submits, Hòa Bình's
/// department officer appraises and registers it, the ministry officer approves; the inbox badges follow.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProjectWorkflowTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    // The Cao Phong district ended on 30/06/2025 (its officer reads only): Phú Thọ's department drafts in its area.
    private const string District = "phutho.so@khuyencong.local";
    private const string Department = "hoabinh.so@khuyencong.local";
    private const string Ministry = "bo.canbo@khuyencong.local";

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await PortalPage.SignInAsync(page, email);
        return page;
    }

    private static async Task<int> InboxAsync(IPage page)
    {
        await PortalPage.OpenAsync(page, "/");
        var badge = page.Locator("#inbox-count");
        return await badge.CountAsync() == 0 ? 0 : int.Parse(await badge.InnerTextAsync());
    }

    private static Task StepAsync(IPage page, string step) =>
        PortalPage.NavigateByAsync(page, () => page.Locator($"form[data-step='{step}'] button[type='submit']").ClickAsync());

    [BrowserFact]
    public async Task DraftSubmitAppraiseRegisterApprove_InboxCountsFollow()
    {
        var district = await SignedInAsync(District);
        var department = await SignedInAsync(Department);
        var ministry = await SignedInAsync(Ministry);
        var departmentBefore = await InboxAsync(department);
        var ministryBefore = await InboxAsync(ministry);

        // The district officer drafts the proposal in the form.
        // Plan year 2025 may still use the legacy district (a 2026 project must use current units).
        await PortalPage.OpenAsync(district, "/Projects/Create?year=2025");
        var form = district.Locator("#project-form");
        await form.Locator("input[name='Name']").FillAsync("Hỗ trợ máy sấy cam cho Hợp tác xã Cam Cao Phong");
        await form.Locator("select[name='Kind']").SelectOptionAsync("Single");
        await form.Locator("select[name='Fund']").SelectOptionAsync("Kcqg");
        await form.Locator("input[name='Year']").FillAsync("2025");
        await form.Locator("select[name='ActivityContentId']").SelectOptionAsync(new SelectOptionValue { Label = "Ứng dụng máy móc thiết bị tiên tiến" });
        // Implemented by the centre: the department appraises it (the implementer never appraises its own, DOMAIN §11).
        await form.Locator("select[name='ImplementingOrganisationId']")
            .SelectOptionAsync(new SelectOptionValue { Label = "Trung tâm Khuyến công tỉnh Phú Thọ" });
        // The place through the cascading picker: the legacy province, then its district (issue 15).
        await form.Locator("#location-province").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Hoà Bình (trước 01/07/2025)" });
        await form.Locator("#location-district").SelectOptionAsync(new SelectOptionValue { Label = "Huyện Cao Phong (trước 01/07/2025)" });
        await Expect(form.Locator("input[name='LocationCode']")).ToHaveValueAsync("154");
        await form.Locator("textarea[name='Objectives']").FillAsync("Nâng cao chất lượng cam sấy");
        await form.Locator("input[name='StartDate']").FillAsync("2026-03-01");
        await form.Locator("input[name='EndDate']").FillAsync("2026-10-31");
        // The beneficiary by searching as one types, without diacritics.
        await form.Locator("#BeneficiaryIds-ts-control").FillAsync("cam cao phong");
        await district.Locator(".ts-dropdown .option", new() { HasText = "Hợp tác xã Cam Cao Phong – MST 5400412345" }).ClickAsync();
        await form.Locator("input[name='CostLines[0].Item']").FillAsync("Máy sấy lạnh");
        await form.Locator("input[name='CostLines[0].Total']").FillAsync("600");
        await form.Locator("input[name='CostLines[0].FundSupport']").FillAsync("300");
        await form.Locator("input[name='CostLines[0].Contribution']").FillAsync("300");
        await PortalPage.NavigateByAsync(district, () => form.Locator("button[type='submit']").ClickAsync());
        var code = await district.Locator("#project-code").InnerTextAsync();
        Assert.StartsWith("KCQG-2025-HBH-", code);
        var projectUrl = district.Url;

        await StepAsync(district, "Submit");
        await Expect(district.Locator("[data-status]").First).ToHaveTextAsync("Đã gửi");
        Assert.Equal(departmentBefore + 1, await InboxAsync(department));

        // The department officer appraises and registers it with the ministry.
        await PortalPage.OpenAsync(department, new Uri(projectUrl).PathAndQuery);
        await department.Locator("form[data-step='Appraise'] input[name='Score']").FillAsync("85");
        await department.Locator("form[data-step='Appraise'] input[name='Amount']").FillAsync("300");
        await StepAsync(department, "Appraise");
        await StepAsync(department, "Register");
        await Expect(department.Locator("[data-status]").First).ToHaveTextAsync("Đã đăng ký với Bộ");
        Assert.Equal(departmentBefore, await InboxAsync(department));
        Assert.Equal(ministryBefore + 1, await InboxAsync(ministry));

        // The ministry officer approves.
        await PortalPage.OpenAsync(ministry, new Uri(projectUrl).PathAndQuery);
        var approve = ministry.Locator("form[data-step='Approve']");
        await approve.Locator("input[name='Score']").FillAsync("88");
        await approve.Locator("input[name='Amount']").FillAsync("300");
        await approve.Locator("input[name='DecisionNumber']").FillAsync("812/QĐ-BCT");
        await approve.Locator("input[name='DecisionDate']").FillAsync("2026-05-20");
        await StepAsync(ministry, "Approve");
        await Expect(ministry.Locator("[data-status]").First).ToHaveTextAsync("Đã phê duyệt");
        await Expect(ministry.Locator("#timeline")).ToContainTextAsync("812/QĐ-BCT");
        await Expect(ministry.Locator("[data-field='approved']")).ToHaveTextAsync("300");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(ministry, "project-approved")}");
        Assert.Equal(ministryBefore, await InboxAsync(ministry));
    }
}
