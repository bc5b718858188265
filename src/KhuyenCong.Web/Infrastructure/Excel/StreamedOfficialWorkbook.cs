using System.Globalization;
using KhuyenCong.Web.Infrastructure.Documents;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// An official table too long for the formatted sheet (<see cref="FormattedRowLimit"/>), written row by row with
/// SpreadCheetah so that memory does not grow with the rows: the same two sheets as <see cref="OfficialTable.File"/>
/// in the same official layout — letterhead, title, bordered table with group headings, subtotals and total,
/// signatures; widths measured from the content and fitted to A4 (<see cref="ColumnMeasure"/>), row heights for
/// wrapped text, the header row repeated on every page, page breaks that keep a group heading with its rows
/// (<see cref="PageBreaker"/>) — and the plain "(dữ liệu)" sheet. The rows are read twice, once per sheet: the
/// plain sheet is written first and measures the columns on the way. SpreadCheetah has no print setup, so it is
/// added afterwards, and the official sheet put first (<see cref="StreamedPrintSetup"/>).
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
        // SpreadCheetah writes to a temporary file that the print setup is then copied from.
        await using var written = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        SheetPrintSetup[] setups;
        await using (var book = await Spreadsheet.CreateNewAsync(written, new SpreadCheetahOptions
        {
            DefaultFont = new() { Name = OfficialSheetWriter.FontName, Size = OfficialSheetWriter.BodyFontSize },
            // Readers that place cells by reference (the Open XML SDK, pandas) then need no guessing.
            WriteCellReferenceAttributes = true,
            // The file is compressed once more when the print setup is added.
            CompressionLevel = SpreadCheetahCompressionLevel.Fastest,
        }, ct))
        {
            var styles = new StreamedStyles(book);
            var count = 0;
            void Count() { if (++count % 500 == 0) progress?.Invoke(count); }
            // The plain sheet first, measuring the columns as its rows pass, so that the rows are read only twice;
            // the official sheet is then put first in the workbook.
            var measure = new ColumnMeasure(head.Columns);
            var plain = await WritePlainAsync(book, styles, head, grouped, rows(), measure, Count, ct);
            var official = await WriteOfficialAsync(book, styles, signature, head, measure.Plan(), rows(), Count, ct);
            setups = [official, plain];
            await book.FinishAsync(ct);
            progress?.Invoke(count);
        }
        written.Position = 0;
        await StreamedPrintSetup.CopyAsync(written, output, setups, first: head.SheetName, ct);
    }

    private static async Task<SheetPrintSetup> WriteOfficialAsync(Spreadsheet book, StreamedStyles styles,
        OfficialSignature signature, OfficialTable head, PrintPlan plan, IAsyncEnumerable<OfficialRow> rows,
        Action count, CancellationToken ct)
    {
        var n = head.Columns.Count;
        var widths = plan.Widths;
        var letterhead = signature.Letterhead;
        var hasSuperior = letterhead.SuperiorAgency.Length > 0;
        var headerRow = 2 + (head.FormNumber is null ? 0 : 1) + 2 + head.Subtitles.Count
            + (head.UnitLine.Length > 0 ? 1 : 0) + 1;
        var options = new WorksheetOptions { FrozenRows = headerRow };
        for (var c = 0; c < n; c++) options.Column(c + 1).Width = widths[c];
        await book.StartWorksheetAsync(head.SheetName, options, ct);
        var sheet = new StreamedSheet(book, styles, widths, OfficialSheetWriter.SplitColumn(widths),
            new PageBreaker(plan, headerRow));

        await sheet.BlocksAsync(
            (hasSuperior ? letterhead.SuperiorAgency : letterhead.IssuingAgency,
                hasSuperior ? StreamedSheet.Plain : StreamedSheet.Bold),
            (OfficialDate.Motto, StreamedSheet.Bold), ct);
        await sheet.BlocksAsync((hasSuperior ? letterhead.IssuingAgency : "", StreamedSheet.Bold),
            (OfficialDate.MottoLine, StreamedSheet.Bold), ct);
        if (head.FormNumber is not null)
            await sheet.BlocksAsync(("", StreamedSheet.Note),
                (head.Instrument is null ? head.FormNumber : $"{head.FormNumber} – {head.Instrument}",
                    StreamedSheet.Note), ct);
        await sheet.BlankAsync(6, ct);
        await sheet.AcrossAsync(head.Title, styles.Title, OfficialSheetWriter.TitleFontSize, bold: true, ct);
        foreach (var line in head.Subtitles)
            await sheet.AcrossAsync(line, styles.BlockPlain, OfficialSheetWriter.BlockFontSize, bold: false, ct);
        if (head.UnitLine.Length > 0)
            await sheet.AcrossAsync(head.UnitLine, styles.UnitLine, OfficialSheetWriter.BodyFontSize, bold: false, ct);
        if (book.NextRowNumber != headerRow)
            throw new InvalidOperationException($"The header is on row {book.NextRowNumber}, not {headerRow}.");
        await sheet.RowAsync([.. head.Columns.Select(c => new Cell(c.Header, styles.Header))],
            [.. head.Columns.Select(c => c.Header)], bold: true, ct);

        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.Style == OfficialRowStyle.Group)
            {
                await sheet.GroupAsync(row.Cells[0]?.ToString() ?? "", ct);
                continue;
            }
            var bold = row.Style != OfficialRowStyle.Normal;
            await sheet.RowAsync(Cells(styles, head, row, bold, bordered: true),
                [.. row.Cells.Select(v => v as string)], bold, ct);
            if (row.Style == OfficialRowStyle.Normal) count();
        }

        await sheet.SignaturesAsync(signature, ct);
        return new SheetPrintSetup(head.SheetName, plan, headerRow, sheet.Breaks, Official: true);
    }

    /// <summary>The data-friendly sheet (<see cref="PlainSheetWriter"/>): one header row, the group a column.</summary>
    private static async Task<SheetPrintSetup> WritePlainAsync(Spreadsheet book, StreamedStyles styles,
        OfficialTable head, bool grouped, IAsyncEnumerable<OfficialRow> rows, ColumnMeasure measure, Action count,
        CancellationToken ct)
    {
        var offset = grouped ? 1 : 0;
        var n = head.Columns.Count + offset;
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{SpreadsheetUtility.GetColumnName(n)}{MaxExcelRows}"),
        };
        if (grouped) options.Column(1).Width = 30;
        for (var c = 0; c < head.Columns.Count; c++)
            options.Column(c + 1 + offset).Width = Math.Min(60, head.Columns[c].Width + 2);
        var name = PlainSheetWriter.SheetName(head);
        await book.StartWorksheetAsync(name, options, ct);
        var headers = head.Columns.Select(c => c.Header);
        await book.AddHeaderRowAsync((grouped ? headers.Prepend(head.GroupHeader) : headers).ToArray(),
            styles.PlainHeader, ct);
        string? group = null;
        await foreach (var row in rows.WithCancellation(ct))
        {
            measure.Add(row);
            if (row.Style == OfficialRowStyle.Group) { group = row.Cells[0]?.ToString(); continue; }
            if (row.Style != OfficialRowStyle.Normal) continue;
            var cells = Cells(styles, head, row, bold: false, bordered: false);
            await book.AddRowAsync(grouped ? [new Cell(group), .. cells] : cells, ct);
            count();
        }
        // As the formatted workbook's plain sheet: A4 landscape, fitted to the width, its header on every page.
        var plan = new PrintPlan([], Landscape: true, FitToWidth: true, Scale: 100, RepeatedColumns: 0);
        return new SheetPrintSetup(name, plan, TitleRow: 1, RowBreaks: [], Official: false);
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
}
