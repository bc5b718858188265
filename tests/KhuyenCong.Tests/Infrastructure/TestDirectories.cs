namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// One temporary folder per test run, removed when the process exits, so that databases and log files of
/// parallel runs never meet and nothing is left behind in the source tree.
/// </summary>
internal static class TestDirectories
{
    public static string Run { get; } = CreateRunFolder();

    public static string NewFolder()
    {
        var folder = Path.Combine(Run, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held by a closing logger: the whole run folder goes at process exit.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string CreateRunFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "khuyencong-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    }
}
