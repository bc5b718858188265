using Microsoft.Playwright;

namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots under the test output folder (bin/…/screenshots), for a person to look at.</summary>
public static class Screenshots
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
