using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Issue 15: axe-core reports no critical and no serious violation on every page of every role's main menu, every
/// kind of form and the anonymous pages (at least twenty pages in all).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public async Task EveryMenuPageAndForm_AxeFindsNoCriticalOrSeriousViolation()
    {
        var scanned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var failures = new List<string>();

        await using (var anonymous = await portal.NewContextAsync())
        {
            var page = await anonymous.NewPageAsync();
            foreach (var path in new[] { "/Account/Login", "/registry" })
                await ScanAsync(page, path, "anonymous", scanned, failures);
        }

        foreach (var account in PageWalk.MenuAccounts)
        {
            var page = await SignedInAsync(account);
            foreach (var href in await PageWalk.MenuHrefsAsync(page))
                if (!scanned.Contains(href))
                    await ScanAsync(page, href, account, scanned, failures);
            await page.Context.CloseAsync();
        }

        foreach (var group in PageWalk.Forms.GroupBy(f => f.Account))
        {
            var page = await SignedInAsync(group.Key);
            foreach (var (_, stop) in group)
            {
                var (path, missing) = await PageWalk.ReachAsync(page, stop);
                if (missing is not null) failures.Add(missing);
                else await ScanAsync(page, null, group.Key + " " + stop, scanned, failures, path);
            }
            await page.Context.CloseAsync();
        }

        output.WriteLine($"{scanned.Count} pages scanned: {string.Join(", ", scanned)}");
        Assert.True(scanned.Count >= 20, $"Only {scanned.Count} pages scanned");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task ScanAsync(IPage page, string? open, string who, HashSet<string> scanned, List<string> failures,
        string? path = null)
    {
        if (open is not null) await PortalPage.OpenAsync(page, open);
        path ??= new Uri(page.Url).PathAndQuery;
        scanned.Add(path);
        foreach (var violation in await AxeScanner.SeriousViolationsAsync(page))
        {
            output.WriteLine($"{path} ({who}): {violation}");
            failures.Add($"{path} ({who}): {violation}");
        }
    }

    private async Task<IPage> SignedInAsync(string account)
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, account);
        return page;
    }
}
