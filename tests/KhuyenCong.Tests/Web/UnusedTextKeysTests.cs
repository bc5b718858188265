using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// Every entry of the English resource file is still the text of something in <c>src/</c>: a literal, literals
/// joined with <c>+</c> (constants of the same file included), or a view's constant. An entry nothing uses is a
/// translation nobody reads, and it hides which texts a change really needs; delete it with the text it served.
/// </summary>
public sealed partial class UnusedTextKeysTests
{
    private static readonly string Source = Path.Combine(Repository.Root, "src");

    [Fact]
    public void EveryEnglishEntry_IsTheTextOfSomethingInSource()
    {
        var resx = Path.Combine(Source, "KhuyenCong.Web", "Resources", "SharedResource.en.resx");
        var keys = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        var texts = SourceFiles().SelectMany(file => Texts(File.ReadAllText(file))).ToHashSet(StringComparer.Ordinal);

        Assert.True(texts.Count > 1000, $"Only {texts.Count} texts found in src: has the syntax changed?");
        var unused = keys.Where(k => !texts.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "Entries nothing in src uses:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void Texts_JoinLiteralsAndConstantsOfTheFile()
    {
        const string code = """
            const string Expected = "hãy nhập " + "số";
            var message = "Số tiền \"{0}\" sai: " + Expected + ".";
            """;

        var texts = Texts(code).ToList();

        Assert.Contains("hãy nhập số", texts);
        Assert.Contains("Số tiền \"{0}\" sai: hãy nhập số.", texts);
    }

    /// <summary>
    /// What a file can hand the localizer: each literal alone, and each run of literals and the file's string
    /// constants joined with <c>+</c> (a long message is written so to keep lines short). Every quote starts a
    /// candidate, so a literal inside a Razor attribute (<c>placeholder="@L["…"]"</c>) is found as well.
    /// </summary>
    public static IEnumerable<string> Texts(string code)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        // Twice: a constant may be built from one declared after it.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (Match m in Constant().Matches(code))
                if (Join(m.Groups[2].Value, constants) is { } value) constants[m.Groups[1].Value] = value;
        }
        foreach (Match m in Run().Matches(code))
        {
            if (Join(m.Groups[1].Value, constants) is { } joined) yield return joined;
            foreach (var literal in Token().Matches(m.Groups[1].Value).Where(t => t.Value.StartsWith('"')))
                yield return Unescape(literal.Value);
        }
    }

    private static string? Join(string run, Dictionary<string, string> constants)
    {
        var parts = new List<string>();
        foreach (Match token in Token().Matches(run))
        {
            if (token.Value.StartsWith('"')) parts.Add(Unescape(token.Value));
            else if (constants.TryGetValue(token.Value, out var value)) parts.Add(value);
            else return null;
        }
        return string.Concat(parts);
    }

    private static string Unescape(string literal) => literal[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal)
        .Replace("\\\\", "\\", StringComparison.Ordinal);

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)
                        || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                            StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                            StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}",
                            StringComparison.Ordinal)
                        && !f.Contains("KhuyenCong.Migrations.", StringComparison.Ordinal));

    private const string LiteralPattern = @"""(?:[^""\\\n]|\\.)*""";
    private const string TokenPattern = LiteralPattern + @"|\b[A-Za-z_]\w*\b";

    [GeneratedRegex(@"\bconst\s+string\s+(\w+)\s*=\s*((?:" + TokenPattern + @")(?:\s*\+\s*(?:" + TokenPattern
        + @"))*)\s*;")]
    private static partial Regex Constant();

    /// <summary>From every quote: a literal, then any "+ literal" or "+ name" after it.</summary>
    [GeneratedRegex(@"(?=(" + LiteralPattern + @"(?:\s*\+\s*(?:" + TokenPattern + @"))*))")]
    private static partial Regex Run();

    [GeneratedRegex(TokenPattern)]
    private static partial Regex Token();
}
