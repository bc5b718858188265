using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// Issue 15 for the cycle's and the accounts' folders: every notice or error a controller leaves for the next page
/// (<c>TempData.Notice("…")</c>, <c>TempData["Notice"|"Error"] = "…"</c>, the notice and duplicate texts of the
/// refusal path) is a resource key with an English entry with the same placeholders, and none is an interpolated
/// string (which no resource could translate). The _Notice partial shows them through the localizer.
/// </summary>
public sealed partial class CycleNoticeKeysTests
{
    private static readonly string[] Folders =
        ["Registration", "ReportPeriods", "AppraisalCouncil", "Users", "Notifications", "Account", "Profile",
            "AuditLog"];

    [Fact]
    public void EveryNoticeLiteral_InTheCycleFolders_HasAnEnglishEntryAndNoInterpolation()
    {
        var web = Path.Combine(Repository.Root, "src", "KhuyenCong.Web");
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
        var found = new List<(string File, string Key)>();
        var interpolated = new List<string>();
        foreach (var file in Folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(web, "Features", f), "*.cs",
                     SearchOption.AllDirectories)))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            foreach (Match statement in NoticeStatement().Matches(text))
            {
                if (statement.Value.Contains("$\"", StringComparison.Ordinal)) interpolated.Add(name);
                found.AddRange(Literal().Matches(statement.Value).Select(m => m.Groups[1].Value)
                    .Where(k => k is not ("Notice" or "Error")).Select(k => (name, k)));
            }
            found.AddRange(NoticeArgument().Matches(text).Select(m => (name, m.Groups[1].Value)));
        }

        Assert.True(found.Count > 30, $"Only {found.Count} notices found: has the notice syntax changed?");
        Assert.Empty(interpolated);
        Assert.Empty(found.Where(k => !english.ContainsKey(k.Key)).Select(k => $"{k.File}: {k.Key}"));
        Assert.Empty(found.Where(k => english.TryGetValue(k.Key, out var en)
                && !Placeholders(k.Key).SetEquals(Placeholders(en)))
            .Select(k => $"{k.File}: {k.Key}"));
    }

    private static HashSet<string> Placeholders(string format) =>
        Placeholder().Matches(format).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"TempData(?:\.Notice\(|\[""(?:Notice|Error)""\]\s*=)[^;]*;", RegexOptions.Singleline)]
    private static partial Regex NoticeStatement();

    /// <summary>The notice of <c>SaveOrNoticeAsync</c> (the text after the save) and every <c>duplicate:</c>.</summary>
    [GeneratedRegex(@"(?:\},\s*|duplicate:\s*)""((?:[^""\\]|\\.)*)""")]
    private static partial Regex NoticeArgument();

    [GeneratedRegex(@"(?<![$@])""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
