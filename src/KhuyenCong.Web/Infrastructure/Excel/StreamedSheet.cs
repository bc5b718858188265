using KhuyenCong.Web.Infrastructure.Documents;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The formatted sheet of a streamed workbook, row by row, laid out as <see cref="OfficialSheetWriter"/> lays out
/// its sheet: each row as high as its wrapped text (<see cref="TextMeasure"/>), blocks merged over the agency and
/// motto halves, and every row's height told to the <see cref="PageBreaker"/>.
/// </summary>
internal sealed class StreamedSheet(Spreadsheet book, StreamedStyles styles, double[] widths, int split,
    PageBreaker breaker)
{
    /// <summary>The text blocks of the letterhead and signatures: body or block size, bold or italic.</summary>
    public const int Plain = 0, Bold = 1, Note = 2, Place = 3;

    private readonly int n = widths.Length;

    public IReadOnlyList<int> Breaks => breaker.Breaks;

    /// <summary>A row of two text blocks: the left one over columns 1..split, the right one over the rest.</summary>
    public async Task BlocksAsync((string Text, int Kind) left, (string Text, int Kind) right, CancellationToken ct)
    {
        var height = Math.Max(Height(left.Text, widths[..split].Sum(), left.Kind),
            Height(right.Text, widths[split..].Sum(), right.Kind));
        await WriteBlocksAsync(left, right, height, ct);
        breaker.Row(book.NextRowNumber - 1, height, group: false);
    }

    public async Task BlankAsync(double height, CancellationToken ct)
    {
        await book.AddRowAsync(Array.Empty<Cell>(), new RowOptions { Height = height }, ct);
        breaker.Row(book.NextRowNumber - 1, height, group: false);
    }

    /// <summary>A line across the table (title, subtitle, unit line).</summary>
    public async Task AcrossAsync(string text, StyleId style, double size, bool bold, CancellationToken ct)
    {
        var height = TextMeasure.Height(TextMeasure.Lines(text, widths.Sum(), size, bold), size);
        if (n > 1) Merge(1, n);
        await book.AddRowAsync([new Cell(text, style)], new RowOptions { Height = height }, ct);
        breaker.Row(book.NextRowNumber - 1, height, group: false);
    }

    /// <summary>A row of the table (or its header): as high as its tallest wrapped text.</summary>
    public async Task RowAsync(Cell[] cells, string?[] texts, bool bold, CancellationToken ct)
    {
        var height = TextMeasure.Height(1);
        for (var c = 0; c < n && c < texts.Length; c++)
        {
            if (texts[c] is { } text)
                height = Math.Max(height, TextMeasure.Height(TextMeasure.Lines(text, widths[c], bold: bold)));
        }
        await book.AddRowAsync(cells, new RowOptions { Height = height }, ct);
        breaker.Row(book.NextRowNumber - 1, height, group: false);
    }

    /// <summary>A group heading, bold and bordered across the table, kept on the page of its first row.</summary>
    public async Task GroupAsync(string text, CancellationToken ct)
    {
        var style = styles.Cell(ExcelCellKind.Text, bold: true, bordered: true);
        var cells = new Cell[n];
        cells[0] = new Cell(text, style);
        for (var c = 1; c < n; c++) cells[c] = new Cell((string?)null, style);
        var height = TextMeasure.Height(TextMeasure.Lines(text, widths.Sum(), bold: true));
        if (n > 1) Merge(1, n);
        await book.AddRowAsync(cells, new RowOptions { Height = height }, ct);
        breaker.Row(book.NextRowNumber - 1, height, group: true);
    }

    /// <summary>Place and date, the two signers' titles and notes, room to sign, the names.</summary>
    public async Task SignaturesAsync(OfficialSignature signature, CancellationToken ct)
    {
        var letterhead = signature.Letterhead;
        var first = book.NextRowNumber;
        double total = 8;
        await book.AddRowAsync(Array.Empty<Cell>(), new RowOptions { Height = 8 }, ct);
        total += await SignatureRowAsync(("", Note), (OfficialDate.Line(letterhead.Place, signature.Date), Place), ct);
        total += await SignatureRowAsync((letterhead.PreparerTitle, Bold), (letterhead.HeadTitle, Bold), ct);
        total += await SignatureRowAsync((OfficialDate.PreparerNote, Note), (OfficialDate.HeadNote, Note), ct);
        total += 54;
        await book.AddRowAsync(Array.Empty<Cell>(), new RowOptions { Height = 54 }, ct);
        total += await SignatureRowAsync((signature.PreparerName ?? "", Bold), (letterhead.SignerName ?? "", Bold), ct);
        breaker.End(first, total);
    }

    private async Task<double> SignatureRowAsync((string Text, int Kind) left, (string Text, int Kind) right,
        CancellationToken ct)
    {
        var height = Math.Max(Height(left.Text, widths[..split].Sum(), left.Kind),
            Height(right.Text, widths[split..].Sum(), right.Kind));
        await WriteBlocksAsync(left, right, height, ct);
        return height;
    }

    private async Task WriteBlocksAsync((string Text, int Kind) left, (string Text, int Kind) right, double height,
        CancellationToken ct)
    {
        var cells = new Cell[n];
        for (var c = 0; c < n; c++) cells[c] = new Cell((string?)null);
        cells[0] = new Cell(left.Text, Style(left.Kind));
        cells[Math.Min(split, n - 1)] = new Cell(right.Text, Style(right.Kind));
        if (split > 1) Merge(1, split);
        if (n - split > 1) Merge(split + 1, n);
        await book.AddRowAsync(cells, new RowOptions { Height = height }, ct);
    }

    private StyleId Style(int kind) => kind switch
    {
        Bold => styles.BlockBold,
        Note => styles.Note,
        Place => styles.PlaceLine,
        _ => styles.BlockPlain,
    };

    private static double Height(string text, double width, int kind)
    {
        var size = kind == Note ? OfficialSheetWriter.BodyFontSize : OfficialSheetWriter.BlockFontSize;
        return TextMeasure.Height(TextMeasure.Lines(text, width, size, bold: kind == Bold), size);
    }

    /// <summary>Merges columns first..last of the row about to be written.</summary>
    private void Merge(int first, int last)
    {
        var row = book.NextRowNumber;
        book.MergeCells(
            $"{SpreadsheetUtility.GetColumnName(first)}{row}:{SpreadsheetUtility.GetColumnName(last)}{row}");
    }
}
