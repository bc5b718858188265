using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// Every refusal the domain can throw has an English text: the keys are read from the domain's source (the string
/// literals given to a <see cref="DomainException"/> or a subclass) and looked up in SharedResource.en.resx.
/// </summary>
public sealed partial class DomainMessageKeysTests
{
    private static readonly string Root = Repository.Root;
    private static readonly string DomainFolder = Path.Combine(Root, "src", "KhuyenCong.Domain");

    private static readonly Dictionary<string, string> English =
        XDocument.Load(Path.Combine(Root, "src", "KhuyenCong.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void EveryDomainMessageKey_HasAnEnglishEntryWithTheSamePlaceholders()
    {
        var keys = DomainKeys(DomainFolder);

        Assert.True(keys.Count > 80, $"Only {keys.Count} keys found: has the throw syntax changed?");
        var untranslated = keys.Where(k => !English.ContainsKey(k)).ToList();
        var placeholdersDiffer = keys
            .Where(k => English.TryGetValue(k, out var en) && !Placeholders(k).SetEquals(Placeholders(en)))
            .ToList();
        Assert.Empty(untranslated);
        Assert.Empty(placeholdersDiffer);
    }

    [Fact]
    public void EveryDomainMessageTerm_HasAnEnglishEntry()
    {
        var terms = DomainTerms(DomainFolder);

        Assert.True(terms.Count > 30, $"Only {terms.Count} terms found: has the syntax changed?");
        var untranslated = terms.Where(t => !English.ContainsKey(t) && !English.ContainsKey(Capitalised(t))).ToList();
        Assert.Empty(untranslated);
    }

    [Fact]
    public void EnglishResource_NamesUniqueIgnoringCase()
    {
        // The resource build keeps only the first of two names that differ in case, with a mere warning.
        var names = XDocument.Load(Path.Combine(Root, "src", "KhuyenCong.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!);
        var duplicates = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    /// <summary>
    /// Wording passed as <see cref="MessageTerm"/>: literals in <c>new MessageTerm(…)</c>, field names given to
    /// <see cref="Guard.Required"/>, and the project step and status names a workflow refusal quotes.
    /// </summary>
    private static List<string> DomainTerms(string domainFolder)
    {
        var sources = SourceFiles(domainFolder).Select(File.ReadAllText).ToList();
        var terms = sources.SelectMany(s => TermSite().Matches(s).Concat(RequiredSite().Matches(s)))
            .SelectMany(m => LiteralPart().Matches(m.Groups[1].Value))
            .Select(p => Unescape(p.Groups[1].Value));
        var names = Enum.GetValues<ProjectAction>().Select(ProjectNames.Action)
            .Concat(Enum.GetValues<ProjectStatus>().Select(ProjectNames.Status));
        return terms.Concat(names).Distinct().ToList();
    }

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(
                $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>Literals (joined when concatenated with +) right after <c>new XxxException(</c>, any refusal.</summary>
    private static List<string> DomainKeys(string domainFolder)
    {
        var refusals = typeof(DomainException).Assembly.GetTypes()
            .Where(t => typeof(DomainException).IsAssignableFrom(t))
            .Select(t => Regex.Escape(t.Name));
        const string literal = @"""(?:[^""\\]|\\.)*""";
        var throwSite = new Regex($@"new (?:{string.Join('|', refusals)})\(\s*((?:{literal}\s*\+\s*)*{literal})");
        return SourceFiles(domainFolder)
            .SelectMany(f => throwSite.Matches(File.ReadAllText(f)))
            .Select(m => string.Concat(
                LiteralPart().Matches(m.Groups[1].Value).Select(p => Unescape(p.Groups[1].Value))))
            .Distinct()
            .ToList();
    }

    /// <summary>The only escapes the domain's messages use: quotes and backslashes.</summary>
    private static string Unescape(string literal) =>
        literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace(@"\\", @"\", StringComparison.Ordinal);

    private static HashSet<string> Placeholders(string format) =>
        PlaceholderPattern().Matches(format).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LiteralPart();

    [GeneratedRegex(@"new MessageTerm\(((?:[^()""]|""(?:[^""\\]|\\.)*"")*)\)")]
    private static partial Regex TermSite();

    [GeneratedRegex(@"Guard\.Required\([^;]*?,\s*(""(?:[^""\\]|\\.)*"")\s*\)")]
    private static partial Regex RequiredSite();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
