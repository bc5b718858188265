using System.Runtime.CompilerServices;
using KhuyenCong.Web.Infrastructure.Documents;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The formatted sheet of a streamed workbook, row by row, laid out as <see cref="OfficialSheetWriter"/> lays out
/// its sheet: each row as high as its wrapped text (<see cref="TextMeasure"/>), blocks merged over the agency and
/// motto halves, and every row's height told to the <see cref="PageBreaker"/>.
/// </summary>
internal sealed class StreamedSheet(SheetXml sheet, double[] widths, int split, PageBreaker breaker)
{
    /// <summary>The text blocks of the letterhead and signatures: body or block size, bold or italic.</summary>
    public const int Plain = 0, Bold = 1, Note = 2, Place = 3;

    private readonly int n = widths.Length;
    private readonly double leftWidth = widths[..split].Sum(), rightWidth = widths[split..].Sum(),
        allWidth = widths.Sum();
    private readonly SheetCell[] cells = new SheetCell[widths.Length];

    public IReadOnlyList<int> Breaks => breaker.Breaks;

    public int NextRowNumber => sheet.NextRowNumber;

    /// <summary>A row of two text blocks: the left one over columns 1..split, the right one over the rest.</summary>
    public void Blocks((string Text, int Kind) left, (string Text, int Kind) right)
    {
        var height = Math.Max(Height(left.Text, leftWidth, left.Kind), Height(right.Text, rightWidth, right.Kind));
        WriteBlocks(left, right, height);
        breaker.Row(sheet.NextRowNumber - 1, height, group: false);
    }

    public void Blank(double height)
    {
        sheet.Row([], height);
        breaker.Row(sheet.NextRowNumber - 1, height, group: false);
    }

    /// <summary>A line across the table (title, subtitle, unit line).</summary>
    public void Across(string text, uint style, double size, bool bold)
    {
        var height = TextMeasure.Height(TextMeasure.Lines(text, allWidth, size, bold), size);
        if (n > 1) sheet.MergeNext(1, n);
        sheet.Row([new SheetCell(text, style)], height);
        breaker.Row(sheet.NextRowNumber - 1, height, group: false);
    }

    /// <summary>
    /// A row of the table (or its header): as high as its tallest wrapped text (only text cells wrap).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Row(ReadOnlySpan<SheetCell> row, bool bold)
    {
        var height = TextMeasure.Height(1);
        for (var c = 0; c < n && c < row.Length; c++)
        {
            if (row[c].Value is string { Length: > 0 } text)
                height = Math.Max(height, TextMeasure.Height(TextMeasure.Lines(text, widths[c], bold: bold)));
        }
        sheet.Row(row, height);
        breaker.Row(sheet.NextRowNumber - 1, height, group: false);
    }

    /// <summary>A group heading, bold and bordered across the table, kept on the page of its first row.</summary>
    public void Group(string text)
    {
        var style = StreamedStyles.Cell(ExcelCellKind.Text, bold: true, bordered: true);
        cells[0] = new SheetCell(text, style);
        for (var c = 1; c < n; c++) cells[c] = new SheetCell(null, style);
        var height = TextMeasure.Height(TextMeasure.Lines(text, allWidth, bold: true));
        if (n > 1) sheet.MergeNext(1, n);
        sheet.Row(cells, height);
        breaker.Row(sheet.NextRowNumber - 1, height, group: true);
    }

    /// <summary>Place and date, the two signers' titles and notes, room to sign, the names.</summary>
    public void Signatures(OfficialSignature signature)
    {
        var letterhead = signature.Letterhead;
        var first = sheet.NextRowNumber;
        double total = 8;
        sheet.Row([], 8);
        total += SignatureRow(("", Note), (OfficialDate.Line(letterhead.Place, signature.Date), Place));
        total += SignatureRow((letterhead.PreparerTitle, Bold), (letterhead.HeadTitle, Bold));
        total += SignatureRow((OfficialDate.PreparerNote, Note), (OfficialDate.HeadNote, Note));
        total += 54;
        sheet.Row([], 54);
        total += SignatureRow((signature.PreparerName ?? "", Bold), (letterhead.SignerName ?? "", Bold));
        breaker.End(first, total);
    }

    private double SignatureRow((string Text, int Kind) left, (string Text, int Kind) right)
    {
        var height = Math.Max(Height(left.Text, leftWidth, left.Kind), Height(right.Text, rightWidth, right.Kind));
        WriteBlocks(left, right, height);
        return height;
    }

    private void WriteBlocks((string Text, int Kind) left, (string Text, int Kind) right, double height)
    {
        Array.Clear(cells);
        cells[0] = new SheetCell(left.Text, Style(left.Kind));
        cells[Math.Min(split, n - 1)] = new SheetCell(right.Text, Style(right.Kind));
        if (split > 1) sheet.MergeNext(1, split);
        if (n - split > 1) sheet.MergeNext(split + 1, n);
        sheet.Row(cells, height);
    }

    private static uint Style(int kind) => kind switch
    {
        Bold => StreamedStyles.BlockBold,
        Note => StreamedStyles.Note,
        Place => StreamedStyles.PlaceLine,
        _ => StreamedStyles.BlockPlain,
    };

    private static double Height(string text, double width, int kind)
    {
        var size = kind == Note ? OfficialSheetWriter.BodyFontSize : OfficialSheetWriter.BlockFontSize;
        return TextMeasure.Height(TextMeasure.Lines(text, width, size, bold: kind == Bold), size);
    }
}
