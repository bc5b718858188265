using System.Text.RegularExpressions;
using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Work in flight across the 2025 reform (issue 12): Hòa Bình's 2025 KCĐP dryer project, still running, is
/// now in Phú Thọ. Phú Thọ's department officer finds it, sees where it is today and records its acceptance; the
/// legacy Hòa Bình officer (an account of the ended Sở, kept for reading) opens it, is offered no step, and a
/// step posted by hand is refused with 403 and changes nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReformTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string PhuThoOfficer = "phutho.so@khuyencong.local";

    /// <summary>The read-only account of the ended Sở Công Thương Hòa Bình (README, demo accounts).</summary>
    private const string LegacyHoaBinhOfficer = "hoabinh.cu@khuyencong.local";

    /// <summary>
    /// KCĐP 2025, 120 million, approved 15/05/2025 and in progress, at Thành phố Hòa Bình (legacy district 148). The
    /// 2021 projects are settled and their year closed (issue 13).
    /// </summary>
    private const string ProjectName = "Hỗ trợ máy sấy dược liệu cho Công ty TNHH Dược liệu Hòa Bình";

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await PortalPage.SignInAsync(page, email);
        return page;
    }

    /// <summary>Searches the project list (2025) by name and opens the project from its row.</summary>
    private static async Task OpenFromListAsync(IPage page)
    {
        await PortalPage.OpenAsync(page, "/Projects");
        var search = page.Locator("form[role='search']");
        await search.Locator("input[name='q']").FillAsync("máy sấy dược liệu cho Công ty");
        await search.Locator("input[name='year']").FillAsync("2025");
        await PortalPage.NavigateByAsync(page, () => search.Locator("button[type='submit']").ClickAsync());
        var row = page.Locator("#projects tbody tr", new() { HasText = ProjectName });
        await Expect(row).ToHaveCountAsync(1);
        await PortalPage.NavigateByAsync(page, () => row.Locator("a").First.ClickAsync());
        await Expect(page.Locator("main h1")).ToContainTextAsync(ProjectName);
    }

    [BrowserFact]
    public async Task PhuThoOfficer_FindsHoaBinh2025Project_SeesWhereItIsToday_RecordsAcceptance()
    {
        var page = await SignedInAsync(PhuThoOfficer);

        await OpenFromListAsync(page);
        await Expect(page.Locator("[data-status]").First).ToHaveTextAsync("Đang thực hiện");

        var accept = page.Locator("form[data-step='Accept']");
        await accept.Locator("input[name='DecisionNumber']").FillAsync("125/BB-NT");
        await accept.Locator("input[name='DecisionDate']").FillAsync("2026-11-20");
        await accept.Locator("textarea[name='Comment']").FillAsync("Máy móc vận hành ổn định, đạt yêu cầu");
        await PortalPage.NavigateByAsync(page, () => accept.Locator("button[type='submit']").ClickAsync());

        await Expect(page.Locator("[data-status]").First).ToHaveTextAsync("Đã nghiệm thu");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("125/BB-NT");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Hoàng Văn Phú");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(page, "reform-hoabinh-accepted")}");

        // Where it is today: the record keeps its legacy district and says what it belongs to now. Checked after the
        // acceptance, so that a failure here tells the display apart from the step.
        var today = new Regex(@"nay thuộc\s+tỉnh\s+Phú Thọ", RegexOptions.IgnoreCase);
        await Expect(page.Locator("main")).ToContainTextAsync(today, new() { Timeout = 5_000 });
    }

    [BrowserFact]
    public async Task LegacyHoaBinhOfficer_OpensTheProject_IsOfferedNoStep_AndAStepPostedByHandIs403()
    {
        // The successor's officer has the disbursement form (the project is running or accepted, whatever ran first).
        var successor = await SignedInAsync(PhuThoOfficer);
        await OpenFromListAsync(successor);
        var projectPath = new Uri(successor.Url).PathAndQuery;
        var disburse = successor.Locator("form[data-step='Disburse']");
        var version = await disburse.Locator("input[name='Version']").InputValueAsync();
        var disbursed = await successor.Locator("[data-field='disbursed']").InnerTextAsync();

        var legacy = await SignedInAsync(LegacyHoaBinhOfficer);
        await OpenFromListAsync(legacy);
        Assert.Equal(projectPath, new Uri(legacy.Url).PathAndQuery);
        await Expect(legacy.Locator("form[data-step]")).ToHaveCountAsync(0);

        // The same form as the successor's, posted by hand from the legacy officer's signed-in page.
        var stepPath = projectPath.Replace("/Projects/Details/", "/Projects/") + "/Disburse";
        var (status, body) = await PostFromPageAsync(legacy, stepPath,
            new()
            {
                ["Version"] = version, ["DisbursementKind"] = "Payment", ["Amount"] = "10",
                ["DecisionNumber"] = "UNC-2026-HB", ["DecisionDate"] = "2026-11-20",
            });

        Assert.Equal(403, status);
        Assert.Contains("Phú Thọ", body);
        await PortalPage.OpenAsync(successor, projectPath);
        await Expect(successor.Locator("[data-field='disbursed']")).ToHaveTextAsync(disbursed);
    }

    /// <summary>A form POST with the page's own cookies and antiforgery token, as a hand-made request.</summary>
    private static async Task<(int Status, string Body)> PostFromPageAsync(
        IPage page, string path, Dictionary<string, string> fields)
    {
        var result = await page.EvaluateAsync<string[]>(
            """
            async ({ path, fields }) => {
                const body = new URLSearchParams(fields);
                body.append("__RequestVerificationToken",
                    document.querySelector("input[name='__RequestVerificationToken']")?.value ?? "");
                const response = await fetch(path,
                    { method: "POST", body, credentials: "same-origin", redirect: "manual" });
                return [String(response.status), await response.text()];
            }
            """,
            new { path, fields });
        return (int.Parse(result[0]), result[1]);
    }
}
