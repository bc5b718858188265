using System.Text.Json;
using KhuyenCong.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Issue 15 "English mode": switched to English with the header's button, every page of every role's menu and every
/// kind of form shows its interface in English. What it can detect: Vietnamese letters (ă â đ ê ô ơ ư and the tone
/// marks) in the interface's own text – headings, table headers, labels, buttons, menu entries, badges, notes,
/// placeholders and accessible names. Records (names of organisations, places, projects) stay Vietnamese and are
/// skipped: table cells, options of record pickers, lists of record check boxes, text marked <c>lang="vi"</c>
/// (the right mark for a Vietnamese name on an English page), official abbreviations in capitals (KCĐP, QĐ-BCT),
/// and a sentence with English words around a name ("Hello, Nguyễn Văn Bộ").
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishModeTests(PortalFixture portal, ITestOutputHelper output) : IClassFixture<PortalFixture>
{
    private const string Detect = """
        () => {
            const vietnamese = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
            // The breadcrumb's last item repeats the page's heading, which is checked itself.
            const skipped = e => e.closest(
                '[lang="vi"], td, select, datalist, .dropdown-item-text, .breadcrumb-item.active');
            const found = new Set();
            const english = new RegExp('\\b(the|of|and|to|from|by|for|in|on|with|is|are|this|that|its|your|only|each'
                + '|at|as|or|be|has|hello|e\\.g|estimate|allocated|million)\\b', 'i');
            // Vietnamese words that are not abbreviations in capitals, in a text with no English word around them.
            const untranslated = text => !english.test(text)
                && text.split(/[\s,.;:()\/–·-]+/).some(w => vietnamese.test(w) && w !== w.toUpperCase());
            // A label naming a record: of a row of a list field (Figures[3].Amount) or of a check box among five or
            // more of one field (the provinces of a round).
            const recordList = e => {
                const box = e.closest('label')?.control || e.closest('.form-check')?.querySelector('input[name]');
                return !!box && !!box.name
                    && (/\[\d+\]/.test(box.name) || document.getElementsByName(box.name).length >= 5);
            };
            const own = e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join(' ').trim();
            const chrome = 'h1, h2, h3, h4, h5, h6, th, label, legend, button, .btn, nav a, .nav-link, '
                + '.breadcrumb-item, '
                + '.badge, .form-text, .alert, caption, dt, .card-header, .card-title, p.text-body-secondary, footer';
            for (const e of document.querySelectorAll(chrome)) {
                if (skipped(e) || recordList(e) || e.closest('[hidden]')) continue;
                const text = own(e);
                if (untranslated(text)) found.add(e.tagName.toLowerCase() + ': ' + text.slice(0, 100));
            }
            for (const e of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
                if (e.closest('td') || recordList(e)) continue;
                for (const name of ['placeholder', 'aria-label', 'title']) {
                    const value = e.getAttribute(name);
                    if (value && untranslated(value) && !e.closest('[lang="vi"]'))
                        found.add(name + ': ' + value.slice(0, 100));
                }
            }
            return [...found];
        }
        """;

    [BrowserFact]
    public async Task EveryMenuPageAndForm_InEnglish_ShowsNoVietnameseInterfaceText()
    {
        var walked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var failures = new List<string>();
        foreach (var account in PageWalk.MenuAccounts)
        {
            var page = await EnglishAsync(account);
            foreach (var href in await PageWalk.MenuHrefsAsync(page))
                if (walked.Add(href))
                {
                    await PortalPage.OpenAsync(page, href);
                    await CheckAsync(page, href, account, failures);
                }
            await page.Context.CloseAsync();
        }
        foreach (var group in PageWalk.Forms.GroupBy(f => f.Account))
        {
            var page = await EnglishAsync(group.Key);
            foreach (var (_, stop) in group)
            {
                var (path, missing) = await PageWalk.ReachAsync(page, stop);
                if (missing is not null) failures.Add(missing);
                else if (walked.Add(path!)) await CheckAsync(page, path!, group.Key, failures);
            }
            await page.Context.CloseAsync();
        }

        output.WriteLine($"{walked.Count} pages walked in English");
        Assert.True(walked.Count >= 20, $"Only {walked.Count} pages walked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task CheckAsync(IPage page, string path, string account, List<string> failures)
    {
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        var found = await page.EvaluateAsync<JsonElement>(Detect);
        foreach (var text in found.EnumerateArray().Select(t => t.GetString()))
        {
            output.WriteLine($"{path} ({account}): {text}");
            failures.Add($"{path} ({account}): {text}");
        }
    }

    private async Task<IPage> EnglishAsync(string account)
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalPage.SignInAsync(page, account);
        await PortalPage.NavigateByAsync(page, () => page.Locator("header button[title='English']").ClickAsync());
        return page;
    }
}
