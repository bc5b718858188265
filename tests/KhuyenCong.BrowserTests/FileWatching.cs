using System.Runtime.CompilerServices;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// Every portal a test starts (hundreds of hosts in one run) would otherwise watch its settings and views with an
/// inotify instance of its own, and Linux allows 128 per user by default: past that, hosts fail to start with
/// "The configured user limit (128) on the number of inotify instances has been reached" (seen in CI on
/// 30/11/2026). Tests never edit those files while running, so the file providers poll instead; set before any
/// host reads it, whatever command runs the tests.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void PollInsteadOfInotify() =>
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
