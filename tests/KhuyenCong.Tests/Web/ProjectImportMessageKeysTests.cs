using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// Issue 15: the project import's errors read in English in English mode — every message key of the importer and of
/// the spreadsheet guard, and every template column named in the error list, has an English entry with the same
/// placeholders.
/// </summary>
public sealed partial class ProjectImportMessageKeysTests
{
    private static Dictionary<string, string> English()
    {
        var resx = Path.Combine(Repository.Root, "src", "KhuyenCong.Web", "Resources", "SharedResource.en.resx");
        return XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    private static IEnumerable<string> Keys() =>
        typeof(ProjectImportMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Concat([SpreadsheetGuard.TooBig, SpreadsheetGuard.NotASpreadsheet, SpreadsheetGuard.TooManyRowsKey,
                SpreadsheetGuard.TooManyCellsKey])
            .Concat(ProjectImporter.Columns.Select(c => c.Header));

    [Fact]
    public void EveryImportMessageAndColumn_HasAnEnglishEntryWithTheSamePlaceholders()
    {
        var english = English();
        var keys = Keys().ToList();

        Assert.True(keys.Count > 35, $"Only {keys.Count} keys found");
        var untranslated = keys.Where(k => !english.ContainsKey(k)).ToList();
        var placeholdersDiffer = keys.Where(k => english.TryGetValue(k, out var en)
            && !Placeholders(k).SetEquals(Placeholders(en))).ToList();
        Assert.Empty(untranslated);
        Assert.Empty(placeholdersDiffer);
    }

    private static HashSet<string> Placeholders(string format) =>
        PlaceholderPattern().Matches(format).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
