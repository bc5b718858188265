using System.Globalization;
using KhuyenCong.Web.Infrastructure.Documents;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// An official table too long for the formatted sheet (<see cref="FormattedRowLimit"/>), written row by row with
/// SpreadCheetah so that memory does not grow with the rows: the same two sheets as <see cref="OfficialTable.File"/>
/// — the official layout (letterhead, title, bordered table with group headings, subtotals and total, signatures)
/// and the plain "(dữ liệu)" sheet — but with the declared column widths instead of measured ones, and no planned
/// page breaks (both need every row before the first is written). The rows are read twice, once per sheet.
/// </summary>
public static class StreamedOfficialWorkbook
{
    /// <summary>
    /// Up to this many rows an export is the formatted ClosedXML workbook, answered at once; beyond it the
    /// streamed one, in the background. ClosedXML holds every cell with its style (issue 16 measured +482 MB and
    /// 7.8–14.3 s for the 19,498-row implementation report, ≈ 25 KB and ≈ 0.5 ms a row; the limit is taken from that
    /// by proportion) and plans widths and page breaks over all rows: 5,000 rows ≈ 120 MB and 2–4 s.
    /// </summary>
    public const int FormattedRowLimit = 5000;

    private const int MaxExcelRows = 1_048_576;

    /// <summary>A table already in memory, streamed (its rows are small; ClosedXML's cells are not).</summary>
    public static Task WriteAsync(Stream output, OfficialSignature signature, OfficialTable table,
        Action<int>? progress, CancellationToken ct) =>
        WriteAsync(output, signature, table, table.Rows.Any(r => r.Style == OfficialRowStyle.Group),
            () => AsAsync(table.Rows), progress, ct);

    private static async IAsyncEnumerable<OfficialRow> AsAsync(IEnumerable<OfficialRow> rows)
    {
        foreach (var row in rows) yield return row;
        await Task.CompletedTask;
    }

    /// <param name="grouped">Whether the rows have group headings (the plain sheet repeats them in a column).</param>
    /// <param name="progress">Told the rows written so far (both sheets: twice the table's rows at the end).</param>
    public static async Task WriteAsync(Stream output, OfficialSignature signature, OfficialTable head, bool grouped,
        Func<IAsyncEnumerable<OfficialRow>> rows, Action<int>? progress, CancellationToken ct)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions
        {
            DefaultFont = new() { Name = OfficialSheetWriter.FontName, Size = OfficialSheetWriter.BodyFontSize },
            // Readers that place cells by reference (the Open XML SDK, pandas) then need no guessing.
            WriteCellReferenceAttributes = true,
        }, ct);
        var styles = new StreamedStyles(book);
        var written = 0;
        void Count() { if (++written % 500 == 0) progress?.Invoke(written); }
        await WriteOfficialAsync(book, styles, signature, head, rows(), Count, ct);
        await WritePlainAsync(book, styles, head, grouped, rows(), Count, ct);
        await book.FinishAsync(ct);
        progress?.Invoke(written);
    }

    private static async Task WriteOfficialAsync(Spreadsheet book, StreamedStyles styles, OfficialSignature signature,
        OfficialTable head, IAsyncEnumerable<OfficialRow> rows, Action count, CancellationToken ct)
    {
        var n = head.Columns.Count;
        var options = new WorksheetOptions();
        for (var c = 0; c < n; c++) options.Column(c + 1).Width = head.Columns[c].Width;
        var split = Math.Max(1, (int)Math.Round(n * 0.4));
        var letterhead = signature.Letterhead;
        var hasSuperior = letterhead.SuperiorAgency.Length > 0;
        await book.StartWorksheetAsync(head.SheetName, options, ct);

        await Blocks(book, styles, n, split, ct,
            (hasSuperior ? letterhead.SuperiorAgency : letterhead.IssuingAgency,
                hasSuperior ? styles.BlockPlain : styles.BlockBold),
            (OfficialDate.Motto, styles.BlockBold));
        await Blocks(book, styles, n, split, ct,
            (hasSuperior ? letterhead.IssuingAgency : "", styles.BlockBold),
            (OfficialDate.MottoLine, styles.BlockBold));
        if (head.FormNumber is not null)
            await Blocks(book, styles, n, split, ct, ("", styles.Note),
                (head.Instrument is null ? head.FormNumber : $"{head.FormNumber} – {head.Instrument}", styles.Note));
        await book.AddRowAsync(Array.Empty<Cell>(), ct);
        await Across(book, n, head.Title, styles.Title, ct);
        foreach (var line in head.Subtitles) await Across(book, n, line, styles.BlockPlain, ct);
        if (head.UnitLine.Length > 0) await Across(book, n, head.UnitLine, styles.UnitLine, ct);
        await book.AddHeaderRowAsync(head.Columns.Select(c => c.Header).ToArray(), styles.Header, ct);

        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.Style == OfficialRowStyle.Group)
            {
                var text = row.Cells[0]?.ToString() ?? "";
                var cells = new Cell[n];
                cells[0] = new Cell(text, styles.Cell(ExcelCellKind.Text, bold: true, bordered: true));
                var border = styles.Cell(ExcelCellKind.Text, bold: true, bordered: true);
                for (var c = 1; c < n; c++) cells[c] = new Cell((string?)null, border);
                Merge(book, 1, n);
                await book.AddRowAsync(cells, ct);
                continue;
            }
            await book.AddRowAsync(Cells(styles, head, row, row.Style != OfficialRowStyle.Normal, bordered: true), ct);
            if (row.Style == OfficialRowStyle.Normal) count();
        }

        await book.AddRowAsync(Array.Empty<Cell>(), ct);
        await Blocks(book, styles, n, split, ct, ("", styles.Note),
            (OfficialDate.Line(letterhead.Place, signature.Date), styles.Note));
        await Blocks(book, styles, n, split, ct,
            (letterhead.PreparerTitle, styles.BlockBold), (letterhead.HeadTitle, styles.BlockBold));
        await Blocks(book, styles, n, split, ct,
            (OfficialDate.PreparerNote, styles.Note), (OfficialDate.HeadNote, styles.Note));
        for (var i = 0; i < 3; i++) await book.AddRowAsync(Array.Empty<Cell>(), ct);
        await Blocks(book, styles, n, split, ct,
            (signature.PreparerName ?? "", styles.BlockBold), (letterhead.SignerName ?? "", styles.BlockBold));
    }

    /// <summary>The data-friendly sheet (<see cref="PlainSheetWriter"/>): one header row, the group a column.</summary>
    private static async Task WritePlainAsync(Spreadsheet book, StreamedStyles styles, OfficialTable head,
        bool grouped, IAsyncEnumerable<OfficialRow> rows, Action count, CancellationToken ct)
    {
        var offset = grouped ? 1 : 0;
        var n = head.Columns.Count + offset;
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{Column(n)}{MaxExcelRows}"),
        };
        if (grouped) options.Column(1).Width = 30;
        for (var c = 0; c < head.Columns.Count; c++)
            options.Column(c + 1 + offset).Width = Math.Min(60, head.Columns[c].Width + 2);
        await book.StartWorksheetAsync(PlainSheetWriter.SheetName(head), options, ct);
        var headers = head.Columns.Select(c => c.Header);
        await book.AddHeaderRowAsync((grouped ? headers.Prepend(head.GroupHeader) : headers).ToArray(),
            styles.PlainHeader, ct);
        string? group = null;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.Style == OfficialRowStyle.Group) { group = row.Cells[0]?.ToString(); continue; }
            if (row.Style != OfficialRowStyle.Normal) continue;
            var cells = Cells(styles, head, row, bold: false, bordered: false);
            await book.AddRowAsync(grouped ? [new Cell(group), .. cells] : cells, ct);
            count();
        }
    }

    private static Cell[] Cells(StreamedStyles styles, OfficialTable head, OfficialRow row, bool bold, bool bordered)
    {
        var n = head.Columns.Count;
        var cells = new Cell[n];
        for (var c = 0; c < n; c++)
        {
            var value = c < row.Cells.Length ? row.Cells[c] : null;
            var kind = value switch
            {
                string => ExcelCellKind.Text,
                DateOnly or DateTime => ExcelCellKind.Date,
                _ => head.Columns[c].Kind,
            };
            var style = styles.Cell(kind, bold, bordered);
            cells[c] = value switch
            {
                null => new Cell((string?)null, style),
                string text => new Cell(text, style),
                DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue), style),
                DateTime time => new Cell(time, style),
                _ => new Cell(Convert.ToDouble(value, CultureInfo.InvariantCulture), style),
            };
        }
        return cells;
    }

    /// <summary>A row of two text blocks: the left one over columns 1..split, the right one over the rest.</summary>
    private static async Task Blocks(Spreadsheet book, StreamedStyles styles, int n, int split, CancellationToken ct,
        (string Text, StyleId Style) left, (string Text, StyleId Style) right)
    {
        var cells = new Cell[n];
        for (var c = 0; c < n; c++) cells[c] = new Cell((string?)null);
        cells[0] = new Cell(left.Text, left.Style);
        cells[Math.Min(split, n - 1)] = new Cell(right.Text, right.Style);
        if (split > 1) Merge(book, 1, split);
        if (n - split > 1) Merge(book, split + 1, n);
        await book.AddRowAsync(cells, new RowOptions { Height = 18 }, ct);
    }

    private static async Task Across(Spreadsheet book, int n, string text, StyleId style, CancellationToken ct)
    {
        if (n > 1) Merge(book, 1, n);
        await book.AddRowAsync([new Cell(text, style)], ct);
    }

    /// <summary>Merges columns first..last of the row about to be written.</summary>
    private static void Merge(Spreadsheet book, int first, int last)
    {
        var row = book.NextRowNumber;
        book.MergeCells($"{Column(first)}{row}:{Column(last)}{row}");
    }

    private static string Column(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26) name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }
}
