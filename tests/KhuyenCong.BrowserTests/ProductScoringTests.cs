using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>A council member scores an entry of the Phú Thọ 2026 round; the organiser sees "scored by" go from 1/3 to 2/3.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductScoringTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Organiser = "phutho.so@khuyencong.local";
    private const string CouncilMember = "hoidong.01@khuyencong.local";

    // Phú Thọ's provincial round, not the 2026 northern regional round that lists Phú Thọ too.
    private static readonly System.Text.RegularExpressions.Regex ProvincialRound2026 = new("^Cấp tỉnh.*2026");

    [BrowserFact]
    public async Task CouncilMemberScores_OrganiserSeesProgressChange()
    {
        await using var organiserContext = await portal.NewContextAsync();
        var organiser = await organiserContext.NewPageAsync();
        await PortalPage.SignInAsync(organiser, Organiser);
        await PortalPage.OpenAsync(organiser, "/ProductRounds");
        await PortalPage.NavigateByAsync(organiser, () => organiser.Locator("#rounds a", new() { HasTextRegex = ProvincialRound2026 }).ClickAsync());
        var roundUrl = organiser.Url;
        var firstEntry = organiser.Locator("#entries tbody tr").First;
        var entryName = (await firstEntry.Locator("td").First.Locator("a").InnerTextAsync()).Trim();
        await Expect(firstEntry.Locator(".progress-cell")).ToHaveTextAsync("1/3");

        await using (var memberContext = await portal.NewContextAsync())
        {
            var member = await memberContext.NewPageAsync();
            await PortalPage.SignInAsync(member, CouncilMember);
            await PortalPage.OpenAsync(member, "/ProductRounds");
            await PortalPage.NavigateByAsync(member, () => member.Locator("#rounds a", new() { HasTextRegex = ProvincialRound2026 }).ClickAsync());
            await PortalPage.NavigateByAsync(member, () => member.GetByRole(AriaRole.Link, new() { Name = entryName, Exact = true }).ClickAsync());

            var sheet = member.Locator("#score-sheet");
            int[] points = [34, 33, 8, 7];
            for (var i = 0; i < points.Length; i++)
                await sheet.Locator($"#points-{i}").FillAsync(points[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            var saved = await PortalPage.NavigateByAsync(member, () => sheet.Locator("button[type='submit']").First.ClickAsync());

            Assert.True(saved.Ok, $"Saving the score sheet answered HTTP {saved.Status}");
            // Saving opens the next entry waiting for the member (issue 15); the organiser's page shows the progress.
            await Expect(member.Locator(".alert-success")).ToContainTextAsync("Đã lưu phiếu chấm");
            output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(member, "council-score-sheet")}");
        }

        await PortalPage.OpenAsync(organiser, roundUrl);
        await Expect(organiser.Locator("#entries tbody tr").First.Locator(".progress-cell")).ToHaveTextAsync("2/3");
        await Expect(organiser.Locator("#council tbody tr", new() { HasTextString = "Lê Văn Hội Đồng" }).Locator("td").Nth(1)).ToHaveTextAsync("1");
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(organiser, "organiser-progress")}");
    }
}
