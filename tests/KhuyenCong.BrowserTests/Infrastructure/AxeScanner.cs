using System.Text.Json;
using Microsoft.Playwright;

namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core (vendored under Axe/, see Axe/README.md) in a page and returns its critical and serious
/// violations. The script is evaluated through the DevTools protocol, which the portal's CSP does not govern,
/// so the portal serves nothing for the tests.
/// </summary>
public static class AxeScanner
{
    private static readonly Lazy<string> Source =
        new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js")));

    private const string Run = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations
                .filter(v => v.impact === 'critical' || v.impact === 'serious')
                .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 4)
                    .map(n => n.target.join(' ') + ' ['
                        + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160) + ']')
                    .join(' | '));
        }
        """;

    /// <summary>The page's critical and serious violations, one line each with up to four offending elements.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.EvaluateAsync(Source.Value);
        var found = await page.EvaluateAsync<JsonElement>(Run);
        return found.EnumerateArray().Select(v => v.GetString() ?? "").ToList();
    }
}
