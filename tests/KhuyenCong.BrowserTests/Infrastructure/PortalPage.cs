using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>
/// Steps shared by the browser tests. Every action that navigates waits for the page it leads to
/// (after any redirects) before the test goes on, so that no later navigation aborts it (net::ERR_ABORTED),
/// and a page that answers with an error status fails the test with that status rather than a time-out.
/// </summary>
public static partial class PortalPage
{
    public const string DemoPassword = "KhuyenCong@2021";

    /// <summary>How long a navigation may take: the browser contexts' default (PortalFixture).</summary>
    public const int WaitMs = 90_000;

    /// <summary>
    /// Runs <paramref name="action"/> (a click, a key press) and waits for the main frame's next document,
    /// following redirects, until the browser shows it. Returns that document's response.
    /// </summary>
    public static async Task<IResponse> NavigateByAsync(IPage page, Func<Task> action)
    {
        var response = await page.RunAndWaitForResponseAsync(action, r =>
            r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        // Not page.WaitForURLAsync: when the address already matches it waits for "load" the racy way below.
        // A string would be read as a glob ("?" a wildcard): the exact address as a pattern.
        var exactUrl = new Regex("^" + Regex.Escape(response.Url) + "$");
        await Assertions.Expect(page).ToHaveURLAsync(exactUrl, new() { Timeout = WaitMs });
        await WaitForLoadAsync(page);
        return response;
    }

    /// <summary>
    /// Waits for the document's "load". Playwright .NET's WaitForLoadStateAsync checks its copy of the load states,
    /// then subscribes to the next one: a "load" delivered in between is lost and the wait runs to its time-out
    /// (microsoft/playwright-dotnet#3364, seen here as a 90 s time-out after signing in). The lost state is still
    /// recorded, so short waits in a loop find it at the next check.
    /// </summary>
    public static async Task WaitForLoadAsync(IPage page)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(WaitMs);
        while (true)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // Look again: the state may have arrived between the check and the subscription.
            }
        }
    }

    /// <summary>Opens <paramref name="path"/> and requires a successful answer.</summary>
    public static async Task<IResponse> OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"Opening {path} gave no response.");
        await EnsureOkAsync(page, response, $"Opening {path}");
        return response;
    }

    /// <summary>Opens the sign-in page and submits the form; returns the response of the page it leads to.</summary>
    public static async Task<IResponse> SubmitLoginAsync(IPage page, string email, string password)
    {
        await OpenAsync(page, "/Account/Login");
        // The header has its own small form (the language switch): take the form that holds the e-mail field.
        var form = page.Locator("form:has(input[name='Email'])");
        await form.Locator("input[name='Email']").FillAsync(email);
        await form.Locator("input[name='Password']").FillAsync(password);
        return await NavigateByAsync(page, () => form.Locator("button[type='submit']").ClickAsync());
    }

    /// <summary>Signs in and requires landing, successfully, on a page other than the sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = DemoPassword)
    {
        var landing = await SubmitLoginAsync(page, email, password);
        await EnsureOkAsync(page, landing, $"Signing in as {email}");
        if (LoginPath().IsMatch(new Uri(page.Url).AbsolutePath))
        {
            var errors = await page.Locator(".alert-danger, .text-danger").AllInnerTextsAsync();
            throw new InvalidOperationException($"Signing in as {email} stayed on the sign-in page: {string.Join(" | ", errors)}");
        }
    }

    /// <summary>Opens the user menu, clicks "Đăng xuất" and waits for the sign-in page.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await page.Locator("button:has(#current-user)").ClickAsync();
        var logout = page.Locator("#logout");
        await Assertions.Expect(logout).ToBeVisibleAsync();
        var response = await NavigateByAsync(page, () => logout.ClickAsync());
        await EnsureOkAsync(page, response, "Signing out");
    }

    private static async Task EnsureOkAsync(IPage page, IResponse response, string what)
    {
        if (response.Ok) return;
        var heading = "";
        try
        {
            heading = await page.Locator("h1").First.InnerTextAsync(new() { Timeout = 2000 });
        }
        catch (TimeoutException)
        {
            // An error page without a heading: the status alone says enough.
        }
        throw new InvalidOperationException($"{what}: {response.Request.Method} {response.Url} answered HTTP {response.Status}. {heading}".TrimEnd());
    }

    [GeneratedRegex("^/Account/Login/?$", RegexOptions.IgnoreCase)]
    public static partial Regex LoginPath();
}
