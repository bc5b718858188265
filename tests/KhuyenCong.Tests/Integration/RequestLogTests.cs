using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Raw input in the request log. Alone in a non-parallel collection: Serilog's request logging writes through the
/// static logger, which belongs to the host built last, so another portal starting meanwhile would take the line.
/// </summary>
[Collection(Name)]
public sealed class RequestLogTests(KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    public const string Name = "Request log";

    [Fact]
    public async Task RequestLog_LineBreakInAddress_WrittenEscapedOnOneLine()
    {
        var marker = $"FORGED-{Guid.NewGuid():N}";
        await BadInputKestrelTests.RawStatusLineAsync(portal, $"/Establishments/x%0D%0A{marker}");

        var logs = await ReadLogsAsync(marker);
        Assert.Contains("\\u000D\\u000A" + marker, logs);
        Assert.DoesNotContain("\n" + marker, logs);
        Assert.DoesNotContain("\r" + marker, logs);
    }

    /// <summary>The portal's log files, once <paramref name="marker"/> shows up in them (the file sink writes as it goes).</summary>
    private async Task<string> ReadLogsAsync(string marker)
    {
        var folder = Path.Combine(Path.GetDirectoryName(portal.DatabasePath)!, "logs");
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains(marker, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            text = string.Join("\n", (Directory.Exists(folder) ? Directory.GetFiles(folder) : []).Select(file =>
            {
                using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
                return reader.ReadToEnd();
            }));
        }
        return text;
    }

}

[CollectionDefinition(RequestLogTests.Name, DisableParallelization = true)]
public sealed class RequestLogCollection;
