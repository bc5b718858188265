namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>
/// Where the browser is and whether its absence is allowed. Developers without Chromium see the browser
/// tests skipped; CI sets <c>KC_REQUIRE_BROWSER=1</c> so that a missing browser fails the run instead.
/// </summary>
public static class BrowserEnvironment
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Debian's Chromium (Playwright's own browser download is never used). <c>KC_CHROMIUM_PATH</c> may point
    /// elsewhere, e.g. to a path that does not exist, to check the skip and the failure paths.
    /// </summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("KC_CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromiumPath;

    public const string RequireVariable = "KC_REQUIRE_BROWSER";

    public static bool ChromiumExists => File.Exists(ChromiumPath);

    public static bool BrowserRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string MissingRequiredMessage =>
        $"Chromium is required ({RequireVariable}=1) but {ChromiumPath} is missing";

    /// <summary>The reason to skip, or null when the tests should run (browser present, or required).</summary>
    public static string? SkipReason =>
        ChromiumExists || BrowserRequired
            ? null
            : $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium), or set {RequireVariable}=1 to make this a failure.";
}
