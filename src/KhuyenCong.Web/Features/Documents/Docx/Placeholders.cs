using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KhuyenCong.Web.Features.Documents.Docx;

/// <summary>
/// Finds and replaces <c>{{Name}}</c> placeholders in a paragraph even when Word split one across several runs
/// (it does, after spell-checking or a formatting change in the middle): the paragraph's texts are read as one
/// string, and each replacement goes into the text element where its placeholder starts, keeping that run's
/// formatting.
/// </summary>
public static partial class Placeholders
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)?)\s*\}\}")]
    public static partial Regex Pattern();

    /// <summary>Every placeholder name in the element's paragraphs, in order, repeated as often as written.</summary>
    public static IEnumerable<string> NamesIn(OpenXmlElement root) =>
        root.Descendants<Paragraph>().SelectMany(p => Pattern().Matches(TextOf(p)).Select(m => m.Groups[1].Value));

    public static string TextOf(OpenXmlElement element) =>
        string.Concat(element.Descendants<Text>().Select(t => t.Text));

    /// <summary>
    /// Replaces every placeholder of the paragraph with <paramref name="value"/>'s answer. Returns the text elements
    /// where the placeholders named in <paramref name="marks"/> stood (emptied), so a picture can go there.
    /// </summary>
    public static List<(Text At, string Name)> Replace(Paragraph paragraph, Func<string, string> value,
        IReadOnlySet<string>? marks = null)
    {
        var found = new List<(Text, string)>();
        var texts = paragraph.Descendants<Text>().ToList();
        if (texts.Count == 0) return found;
        var whole = string.Concat(texts.Select(t => t.Text));
        var matches = Pattern().Matches(whole);
        if (matches.Count == 0) return found;
        var starts = new int[texts.Count];
        for (int i = 0, at = 0; i < texts.Count; at += texts[i].Text.Length, i++) starts[i] = at;
        // From the last match back, so earlier offsets stay valid.
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var match = matches[m];
            var name = match.Groups[1].Value;
            var first = IndexAt(starts, texts, match.Index);
            var last = IndexAt(starts, texts, match.Index + match.Length - 1);
            var head = texts[first].Text[..(match.Index - starts[first])];
            var endInLast = match.Index + match.Length - starts[last];
            var tail = texts[last].Text[endInLast..];
            var replacement = marks?.Contains(name) == true ? "" : value(name);
            for (var i = first + 1; i <= last; i++)
            {
                var rest = i == last ? tail : "";
                Set(texts[i], rest);
            }
            Set(texts[first], head + replacement + (first == last ? tail : ""));
            if (marks?.Contains(name) == true) found.Add((texts[first], name));
            // Later matches in the same texts were already handled; recompute offsets for the earlier ones.
            for (int i = 0, at = 0; i < texts.Count; at += texts[i].Text.Length, i++) starts[i] = at;
        }
        return found;
    }

    private static int IndexAt(int[] starts, List<Text> texts, int offset)
    {
        for (var i = texts.Count - 1; i >= 0; i--)
            if (starts[i] <= offset && texts[i].Text.Length > 0) return i;
        return 0;
    }

    private static void Set(Text text, string value)
    {
        text.Text = value;
        text.Space = SpaceProcessingModeValues.Preserve;
    }
}
