using System.Globalization;
using System.Runtime.CompilerServices;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// Estimates how wide text is drawn, in column-width units (one digit of the body font), and how many lines it
/// wraps to. ClosedXML's AdjustToContents needs libgdiplus and LibreOffice does not grow wrapped rows written by
/// it, so widths and row heights are computed here and written explicitly. Capitals and bold text run wider.
/// </summary>
public static class TextMeasure
{
    /// <summary>The drawn width of <paramref name="text"/>, in units of the body font's digit at 10 pt.</summary>
    public static double Width(string text, double fontSize = OfficialSheetWriter.BodyFontSize, bool bold = false)
        => Width(text.AsSpan(), fontSize, bold);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Width(ReadOnlySpan<char> text, double fontSize, bool bold)
    {
        double width = 0;
        foreach (var ch in text)
        {
            width += char.IsUpper(ch) ? 1.3 : ch is ' ' or '.' or ',' or ':' or 'i' or 'l' or 't' or 'j' ? 0.55 : 1.0;
        }
        return width * (bold ? 1.1 : 1.0) * fontSize / OfficialSheetWriter.BodyFontSize;
    }

    /// <summary>The widest word (what a column must hold for wrapping to work without breaking words).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double LongestWord(string text, double fontSize = OfficialSheetWriter.BodyFontSize,
        bool bold = false)
    {
        // Word by word without splitting the text: streamed exports measure every cell of every row.
        double longest = 0;
        var span = text.AsSpan();
        foreach (var range in span.SplitAny(' ', '\n'))
        {
            var word = span[range];
            if (!word.IsEmpty) longest = Math.Max(longest, Width(word, fontSize, bold));
        }
        return longest;
    }

    /// <summary>
    /// The number of lines <paramref name="text"/> takes in a column <paramref name="width"/> units wide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Lines(string text, double width, double fontSize = OfficialSheetWriter.BodyFontSize,
        bool bold = false)
    {
        // One unit of the column is cell padding. Spans, not Split: a streamed export measures every text cell.
        var room = Math.Max(1, width - 1);
        var space = Width(" ", fontSize, bold);
        var lines = 0;
        var all = text.AsSpan();
        foreach (var paragraphRange in all.Split('\n'))
        {
            var paragraph = all[paragraphRange];
            lines += 1;
            double used = 0;
            foreach (var wordRange in paragraph.Split(' '))
            {
                var word = paragraph[wordRange];
                if (word.IsEmpty) continue;
                var w = Width(word, fontSize, bold);
                var needed = used == 0 ? w : used + space + w;
                if (needed <= room) { used = needed; continue; }
                if (used > 0) lines += 1;
                // A word longer than the line is broken over as many lines as it needs.
                var extra = (int)Math.Ceiling(w / room) - 1;
                lines += extra;
                used = w - extra * room;
            }
        }
        return Math.Max(1, lines);
    }

    /// <summary>The text a cell shows, for measuring: numbers in their number format, dates as dd/MM/yyyy.</summary>
    public static string Shown(object? value, ExcelCellKind kind) => value switch
    {
        null => "",
        string text => text,
        DateOnly or DateTime => "00/00/0000",
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString(kind switch
        {
            ExcelCellKind.Million => "#,##0.###",
            ExcelCellKind.Percent => "0.0%",
            ExcelCellKind.Year => "0",
            _ => "#,##0",
        }, CultureInfo.InvariantCulture),
    };

    /// <summary>A row's height in points for <paramref name="lines"/> lines of a font.</summary>
    public static double Height(int lines, double fontSize = OfficialSheetWriter.BodyFontSize) =>
        Math.Round(lines * fontSize * 1.3 + 3, 1);
}
