using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// Every refusal the domain can throw has an English text: the keys are read from the domain's source (the string
/// literals given to a <see cref="DomainException"/> or a subclass) and looked up in SharedResource.en.resx.
/// </summary>
public sealed partial class DomainMessageKeysTests
{
    [Fact]
    public void EveryDomainMessageKey_HasAnEnglishEntryWithTheSamePlaceholders()
    {
        var root = RepositoryRoot();
        var english = XDocument.Load(Path.Combine(root, "src", "KhuyenCong.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
        var keys = DomainKeys(Path.Combine(root, "src", "KhuyenCong.Domain"));

        Assert.True(keys.Count > 80, $"Only {keys.Count} keys found: has the throw syntax changed?");
        var untranslated = keys.Where(k => !english.ContainsKey(k)).ToList();
        var placeholdersDiffer = keys.Where(k => english.TryGetValue(k, out var en) && !Placeholders(k).SetEquals(Placeholders(en))).ToList();
        Assert.Empty(untranslated);
        Assert.Empty(placeholdersDiffer);
    }

    /// <summary>Literals (joined when concatenated with +) right after <c>new XxxException(</c> for each refusal type.</summary>
    private static List<string> DomainKeys(string domainFolder)
    {
        var refusals = typeof(DomainException).Assembly.GetTypes()
            .Where(t => typeof(DomainException).IsAssignableFrom(t))
            .Select(t => Regex.Escape(t.Name));
        const string literal = @"""(?:[^""\\]|\\.)*""";
        var throwSite = new Regex($@"new (?:{string.Join('|', refusals)})\(\s*((?:{literal}\s*\+\s*)*{literal})");
        return Directory.EnumerateFiles(domainFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => throwSite.Matches(File.ReadAllText(f)))
            .Select(m => string.Concat(LiteralPart().Matches(m.Groups[1].Value).Select(p => Unescape(p.Groups[1].Value))))
            .Distinct()
            .ToList();
    }

    /// <summary>The only escapes the domain's messages use: quotes and backslashes.</summary>
    private static string Unescape(string literal) =>
        literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace(@"\\", @"\", StringComparison.Ordinal);

    private static HashSet<string> Placeholders(string format) =>
        PlaceholderPattern().Matches(format).Select(m => m.Value).ToHashSet();

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KhuyenCong.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("KhuyenCong.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LiteralPart();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
