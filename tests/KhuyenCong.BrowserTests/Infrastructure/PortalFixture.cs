using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>
/// One portal and one Chromium for a test class; each test takes a fresh browser context (own cookies).
/// Starts nothing when the tests are skipped; when the browser is required but missing, every test that
/// asks for a context fails with the reason.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "kc-browser-" + Guid.NewGuid().ToString("N"));
    private PortalFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The portal's services, for a test that sets up records the way the integration tests do.</summary>
    public IServiceProvider Services =>
        _factory?.Services ?? throw new InvalidOperationException("The portal was not started.");

    /// <summary>The portal's clock; null keeps the system's.</summary>
    protected virtual TimeProvider? Clock => null;

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null || !BrowserEnvironment.ChromiumExists) return;

        Directory.CreateDirectory(_dataDirectory);
        _factory = new PortalFactory(_dataDirectory, Clock);
        // The first start migrates and seeds ~14k administrative units and the demo accounts (a few seconds).
        await Task.Run(_factory.StartServer);
        BaseAddress = _factory.ServerAddress;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (no cookies) whose relative URLs resolve against the portal.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (!BrowserEnvironment.ChromiumExists) throw new InvalidOperationException(BrowserEnvironment.MissingRequiredMessage);
        if (_browser is null) throw new InvalidOperationException("The browser was not started.");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        // Two cores run both test assemblies at once (and the portal's first-request compilation): the 30 s
        // default was seen to expire once under that load. Waiting longer does not hide a wrong page.
        context.SetDefaultTimeout(PortalPage.WaitMs);
        context.SetDefaultNavigationTimeout(PortalPage.WaitMs);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open is not worth failing a test run for; the folder is under /tmp.
        }
    }
}
