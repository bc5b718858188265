using System.Text.RegularExpressions;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Architecture;

/// <summary>
/// Time comes from the injected <see cref="TimeProvider"/> (ARCHITECTURE §3): a test or an instance whose clock is
/// moved then sees one "now" everywhere (a seeding's audit rows, the reference-seeding state, cookie expiries). The
/// system clock is read only where the allow-list says why.
/// </summary>
public sealed partial class ClockUseTests
{
    /// <summary>
    /// Lines allowed to read the system clock, by what they contain, with the reason. Start-up timing compares with
    /// the process's start time, which the operating system records on its own clock.
    /// </summary>
    private static readonly (string Contains, string Why)[] Allowed =
    [
        ("process.StartTime", "start-up timing against the OS's process start time"),
    ];

    [Fact]
    public void Src_ReadsTheSystemClockOnlyWhereAllowed()
    {
        var src = Path.Combine(Repository.Root, "src");
        var files = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "Migrations"))
            .ToList();
        Assert.True(files.Count > 300, $"Only {files.Count} source files found under {src}");

        var uses = files.SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => SystemClock().IsMatch(x.line) && !Allowed.Any(a => x.line.Contains(a.Contains,
                StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(src, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(uses);
    }

    [Theory]
    [InlineData("var now = DateTime.UtcNow;", true)]
    [InlineData("Expires = DateTimeOffset.UtcNow.AddYears(1)", true)]
    [InlineData("var today = DateTime.Today;", true)]
    [InlineData("var t = System.DateTime.Now;", true)]
    [InlineData("var now = clock.GetUtcNow().UtcDateTime;", false)]
    [InlineData("DateTime.UtcNowish()", false)]
    public void SystemClockPattern_FindsEachWayOfReadingIt(string line, bool found) =>
        Assert.Equal(found, SystemClock().IsMatch(line));

    [GeneratedRegex(@"\bDateTime(?:Offset)?\.(?:Now|UtcNow|Today)\b")]
    private static partial Regex SystemClock();
}
