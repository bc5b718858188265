using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// English mode (issue 15): every literal a view passes to the localizer (<c>L["…"]</c>) has an English entry with
/// the same placeholders, so no Vietnamese text is left on an English page by a forgotten resource entry.
/// The browser's English walk (EnglishModeTests) catches what is not passed to the localizer at all.
/// </summary>
public sealed partial class ViewTextKeysTests
{
    private static readonly string Root = Repository.Root;
    private static readonly string Web = Path.Combine(Root, "src", "KhuyenCong.Web");

    [Fact]
    public void EveryViewLocalizerLiteral_HasAnEnglishEntryWithTheSamePlaceholders()
    {
        var english = XDocument.Load(Path.Combine(Web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
        var keys = Directory.EnumerateFiles(Web, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => ViewKey().Matches(File.ReadAllText(file))
                .Select(m => (Key: m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal),
                    File: Path.GetRelativePath(Web, file)))
                .Concat(ViewConstants(File.ReadAllText(file)).Select(key => (Key: key,
                    File: Path.GetRelativePath(Web, file)))))
            .ToList();

        Assert.True(keys.Count > 500, $"Only {keys.Count} localized literals found: has the view syntax changed?");
        var untranslated = keys.Where(k => !english.ContainsKey(k.Key)).Select(k => $"{k.File}: {k.Key}").ToList();
        var placeholdersDiffer = keys
            .Where(k => english.TryGetValue(k.Key, out var en) && !Placeholders(k.Key).SetEquals(Placeholders(en)))
            .Select(k => $"{k.File}: {k.Key}").ToList();
        Assert.Empty(untranslated);
        Assert.Empty(placeholdersDiffer);
    }

    /// <summary>
    /// The texts a view declares as <c>const string Name = "…" + "…";</c> and passes as <c>L[Name]</c>: a sentence
    /// longer than a line is written so, as one key split over lines, and read here as the one key it is.
    /// </summary>
    public static IEnumerable<string> ViewConstants(string view) =>
        ViewConstant().Matches(view).Select(m => string.Concat(Literal().Matches(m.Groups[1].Value)
            .Select(part => part.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal))));

    [Fact]
    public void ViewConstants_JoinsTheLiteralsOfOneDeclaration()
    {
        const string view = "@{\n    const string Hint = \"Một câu dài \"\n        + \"có \\\"hai\\\" phần.\";\n}";

        Assert.Equal(["Một câu dài có \"hai\" phần."], ViewConstants(view));
    }

    private static HashSet<string> Placeholders(string format) =>
        PlaceholderPattern().Matches(format).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\bL\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ViewKey();

    [GeneratedRegex(@"\bconst\s+string\s+\w+\s*=\s*((?:""(?:[^""\\]|\\.)*""\s*\+?\s*)+);")]
    private static partial Regex ViewConstant();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
