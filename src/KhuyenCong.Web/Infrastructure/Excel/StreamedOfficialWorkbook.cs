using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using KhuyenCong.Web.Infrastructure.Documents;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// An official table too long for the formatted sheet (<see cref="FormattedRowLimit"/>), written in one pass over
/// its rows with the Open XML SDK's <see cref="OpenXmlWriter"/> so that memory does not grow with the rows and the
/// rows are read once: the same two sheets as <see cref="OfficialTable.File"/> in the same official layout —
/// letterhead, title, bordered table with group headings, subtotals and total, signatures; widths measured from
/// the content and fitted to A4 (<see cref="ColumnMeasure"/>), row heights for wrapped text, the header row
/// repeated on every page, page breaks that keep a group heading with its rows (<see cref="PageBreaker"/>), the
/// print setup written with each sheet — and the plain "(dữ liệu)" sheet.
/// </summary>
/// <remarks>
/// A sheet's column widths come before its rows in the file, so they are measured from the first
/// <see cref="SampleRows"/> rows (held meanwhile) and, for a longer table, a row the caller knows to be at least as
/// wide in every column as any row to come (the grand total, read before the rows): measuring every cell of 20,000
/// rows cost about a second. The official sheet goes straight into the package; the plain sheet, written in the same
/// pass, goes to a temporary file and is copied into the package after it (a zip holds one open entry at a time).
/// Past the sample the rows are read on a task of their own, a bounded number ahead (<see cref="ReadAhead"/>), so
/// that the database and the writing each have a core.
/// </remarks>
public static class StreamedOfficialWorkbook
{
    /// <summary>
    /// Up to this many rows an export is the formatted ClosedXML workbook, answered at once; beyond it the
    /// streamed one, in the background. ClosedXML holds every cell with its style (issue 16 measured +482 MB and
    /// 7.8–14.3 s for the 19,498-row implementation report, ≈ 25 KB and ≈ 0.5 ms a row; the limit is taken from that
    /// by proportion) and plans widths and page breaks over all rows: 5,000 rows ≈ 120 MB and 2–4 s.
    /// </summary>
    public const int FormattedRowLimit = 5000;

    /// <summary>How many rows the column widths are measured from (the rest follow the widest row given).</summary>
    public const int SampleRows = 2000;

    /// <summary>How far the database's reading may run ahead of the writing (<see cref="ReadAhead"/>).</summary>
    private const int ReadAheadRows = 1000;

    private const string OfficialPart = "xl/worksheets/sheet1.xml", PlainPart = "xl/worksheets/sheet2.xml";

    /// <summary>A table already in memory, streamed (its rows are small; ClosedXML's cells are not).</summary>
    public static Task WriteAsync(Stream output, OfficialSignature signature, OfficialTable table,
        Action<int>? progress, CancellationToken ct) =>
        // Every row is at hand, so every row is measured, and no bound is needed.
        WriteAsync(output, signature, table, table.Rows.Any(r => r.Style == OfficialRowStyle.Group),
            AsAsync(table.Rows), widest: null, progress, ct, sample: int.MaxValue);

    private static async IAsyncEnumerable<OfficialRow> AsAsync(IEnumerable<OfficialRow> rows)
    {
        foreach (var row in rows) yield return row;
        await Task.CompletedTask;
    }

    /// <param name="grouped">Whether the rows have group headings (the plain sheet repeats them in a column).</param>
    /// <param name="rows">The table's rows, read once.</param>
    /// <param name="widest">
    /// A row at least as wide in every column as any row after the first <see cref="SampleRows"/> (e.g. the grand
    /// total with the row count as its number), so that no number is shown as "####"; null when there is none.
    /// </param>
    /// <param name="progress">Told the table's rows written so far.</param>
    public static async Task WriteAsync(Stream output, OfficialSignature signature, OfficialTable head, bool grouped,
        IAsyncEnumerable<OfficialRow> rows, OfficialRow? widest, Action<int>? progress, CancellationToken ct,
        int sample = SampleRows)
    {
        await using var source = rows.GetAsyncEnumerator(ct);
        var measure = new ColumnMeasure(head.Columns);
        var held = new List<OfficialRow>();
        var more = true;
        while (held.Count < sample && (more = await source.MoveNextAsync()))
        {
            measure.Add(source.Current);
            held.Add(source.Current);
        }
        if (more && widest is not null) measure.Add(widest);
        var plan = measure.Plan();

        var plainPath = Path.GetTempFileName();
        try
        {
            using var package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            SheetPrintSetup official, plain;
            string filter;
            var count = 0;
            // Fastest, as the export's CPU is the scarce thing (every row is compressed), for a larger file.
            await using (var plainFile = new FileStream(plainPath, FileMode.Create, FileAccess.Write, FileShare.None,
                1 << 16))
            await using (var officialPart = package.CreateEntry(OfficialPart, CompressionLevel.Fastest).Open())
            {
                var officialSheet = new OfficialSheet(officialPart, signature, head, plan);
                var plainSheet = new PlainSheet(plainFile, head, grouped);
                void Write(OfficialRow row)
                {
                    officialSheet.Add(row);
                    if (plainSheet.Add(row) && ++count % 500 == 0) progress?.Invoke(count);
                }
                foreach (var row in held) Write(row);
                held.Clear();
                if (more)
                {
                    await foreach (var row in ReadAhead.RestAsync(source, ReadAheadRows, ct)) Write(row);
                }
                official = officialSheet.End();
                plain = plainSheet.End();
                filter = plainSheet.FilterRange;
            }
            await using (var from = File.OpenRead(plainPath))
            await using (var to = package.CreateEntry(PlainPart, CompressionLevel.Fastest).Open())
                await from.CopyToAsync(to, ct);
            WritePackageParts(package, official, plain, filter);
            progress?.Invoke(count);
        }
        finally
        {
            File.Delete(plainPath);
        }
    }

    /// <summary>The official sheet: letterhead, header, the rows as they come, signatures, print setup.</summary>
    private sealed class OfficialSheet
    {
        private readonly OfficialTable head;
        private readonly OfficialSignature signature;
        private readonly PrintPlan plan;
        private readonly SheetXml xml;
        private readonly StreamedSheet sheet;
        private readonly int headerRow;
        private readonly SheetCell[] cells;

        public OfficialSheet(Stream part, OfficialSignature signature, OfficialTable head, PrintPlan plan)
        {
            (this.head, this.signature, this.plan) = (head, signature, plan);
            var n = head.Columns.Count;
            cells = new SheetCell[n];
            headerRow = 2 + (head.FormNumber is null ? 0 : 1) + 2 + head.Subtitles.Count
                + (head.UnitLine.Length > 0 ? 1 : 0) + 1;
            var setup = Setup([]);
            xml = new SheetXml(part, n, [.. setup.SheetProperties(), Frozen(headerRow), Columns(plan.Widths)]);
            sheet = new StreamedSheet(xml, plan.Widths, OfficialSheetWriter.SplitColumn(plan.Widths),
                new PageBreaker(plan, headerRow));
            WriteHead();
        }

        private SheetPrintSetup Setup(IReadOnlyList<int> breaks) =>
            new(head.SheetName, plan, headerRow, breaks, Official: true);

        private void WriteHead()
        {
            var letterhead = signature.Letterhead;
            var hasSuperior = letterhead.SuperiorAgency.Length > 0;
            sheet.Blocks((hasSuperior ? letterhead.SuperiorAgency : letterhead.IssuingAgency,
                    hasSuperior ? StreamedSheet.Plain : StreamedSheet.Bold), (OfficialDate.Motto, StreamedSheet.Bold));
            sheet.Blocks((hasSuperior ? letterhead.IssuingAgency : "", StreamedSheet.Bold),
                (OfficialDate.MottoLine, StreamedSheet.Bold));
            if (head.FormNumber is not null)
                sheet.Blocks(("", StreamedSheet.Note),
                    (head.Instrument is null ? head.FormNumber : $"{head.FormNumber} – {head.Instrument}",
                        StreamedSheet.Note));
            sheet.Blank(6);
            sheet.Across(head.Title, StreamedStyles.Title, OfficialSheetWriter.TitleFontSize, bold: true);
            foreach (var line in head.Subtitles)
                sheet.Across(line, StreamedStyles.BlockPlain, OfficialSheetWriter.BlockFontSize, bold: false);
            if (head.UnitLine.Length > 0)
                sheet.Across(head.UnitLine, StreamedStyles.UnitLine, OfficialSheetWriter.BodyFontSize, bold: false);
            if (sheet.NextRowNumber != headerRow)
                throw new InvalidOperationException($"The header is on row {sheet.NextRowNumber}, not {headerRow}.");
            for (var c = 0; c < cells.Length; c++) cells[c] = new(head.Columns[c].Header, StreamedStyles.Header);
            sheet.Row(cells, bold: true);
        }

        public void Add(OfficialRow row)
        {
            if (row.Style == OfficialRowStyle.Group)
            {
                sheet.Group(row.Cells[0]?.ToString() ?? "");
                return;
            }
            var bold = row.Style != OfficialRowStyle.Normal;
            Fill(cells, head, row, 0, bold, bordered: true);
            sheet.Row(cells, bold);
        }

        public SheetPrintSetup End()
        {
            sheet.Signatures(signature);
            var setup = Setup(sheet.Breaks);
            xml.End(setup.Elements());
            xml.Dispose();
            return setup;
        }
    }

    /// <summary>The data-friendly sheet (<see cref="PlainSheetWriter"/>): one header row, the group a column.</summary>
    private sealed class PlainSheet
    {
        private readonly OfficialTable head;
        private readonly SheetXml xml;
        private readonly SheetCell[] cells;
        private readonly int offset;
        private readonly SheetPrintSetup setup;
        private string? group;

        public PlainSheet(Stream part, OfficialTable head, bool grouped)
        {
            this.head = head;
            offset = grouped ? 1 : 0;
            var n = head.Columns.Count + offset;
            cells = new SheetCell[n];
            var widths = head.Columns.Select(c => Math.Min(60, c.Width + 2));
            // As the formatted workbook's plain sheet: A4 landscape, fitted to the width, its header on every page.
            var plan = new PrintPlan([.. grouped ? widths.Prepend(30) : widths], Landscape: true, FitToWidth: true,
                Scale: 100, RepeatedColumns: 0);
            setup = new SheetPrintSetup(PlainSheetWriter.SheetName(head), plan, TitleRow: 1, RowBreaks: [],
                Official: false);
            xml = new SheetXml(part, n, [.. setup.SheetProperties(), Frozen(1), Columns(plan.Widths)]);
            var headers = head.Columns.Select(c => c.Header);
            var i = 0;
            foreach (var text in grouped ? headers.Prepend(head.GroupHeader) : headers)
                cells[i++] = new(text, StreamedStyles.PlainHeader);
            xml.Row(cells, null);
        }

        /// <summary>Writes a project row (true) or takes note of a group heading; sums are left out.</summary>
        public bool Add(OfficialRow row)
        {
            if (row.Style == OfficialRowStyle.Group) { group = row.Cells[0]?.ToString(); return false; }
            if (row.Style != OfficialRowStyle.Normal) return false;
            if (offset > 0) cells[0] = new(group);
            Fill(cells, head, row, offset, bold: false, bordered: false);
            xml.Row(cells, null);
            return true;
        }

        /// <summary>The auto-filter's range as a defined name's value (set by <see cref="End"/>).</summary>
        public string FilterRange { get; private set; } = "";

        public SheetPrintSetup End()
        {
            var last = Math.Max(1, xml.NextRowNumber - 1);
            var column = SheetXml.ColumnName(cells.Length);
            xml.End([new X.AutoFilter { Reference = $"A1:{column}{last}" }, .. setup.Elements()]);
            xml.Dispose();
            FilterRange = $"'{setup.SheetName.Replace("'", "''")}'!$A$1:${column}${last}";
            return setup;
        }
    }

    /// <summary>A row's values as cells from <paramref name="offset"/> on, styled by kind, weight and border.</summary>
    private static void Fill(SheetCell[] cells, OfficialTable head, OfficialRow row, int offset, bool bold,
        bool bordered)
    {
        for (var c = 0; c < head.Columns.Count; c++)
        {
            var value = c < row.Cells.Length ? row.Cells[c] : null;
            var kind = value switch
            {
                string => ExcelCellKind.Text,
                DateOnly or DateTime => ExcelCellKind.Date,
                _ => head.Columns[c].Kind,
            };
            cells[c + offset] = new(value switch
            {
                null => null,
                string text => text,
                DateOnly date => date.ToDateTime(TimeOnly.MinValue).ToOADate(),
                DateTime time => time.ToOADate(),
                _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            }, StreamedStyles.Cell(kind, bold, bordered));
        }
    }

    private static X.SheetViews Frozen(int rows) => new(new X.SheetView(new X.Pane
    {
        VerticalSplit = rows, TopLeftCell = $"A{rows + 1}", ActivePane = X.PaneValues.BottomLeft,
        State = X.PaneStateValues.Frozen,
    }, new X.Selection { Pane = X.PaneValues.BottomLeft })
    {
        WorkbookViewId = 0,
    });

    private static X.Columns Columns(double[] widths) => new(widths.Select((w, i) => new X.Column
    {
        Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true,
    }));

    /// <summary>The package's small parts: content types, relationships, the workbook with its names, styles.</summary>
    private static void WritePackageParts(ZipArchive package, SheetPrintSetup official, SheetPrintSetup plain,
        string filter)
    {
        const string officeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Text(package, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.sheet.main+xml\"/>"
            + Sheet("/" + OfficialPart) + Sheet("/" + PlainPart)
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.styles+xml\"/></Types>");
        Text(package, "_rels/.rels", Relationships(
            $"<Relationship Id=\"rId1\" Type=\"{officeRels}/officeDocument\" Target=\"xl/workbook.xml\"/>"));
        Text(package, "xl/_rels/workbook.xml.rels", Relationships(
            $"<Relationship Id=\"rId1\" Type=\"{officeRels}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + $"<Relationship Id=\"rId2\" Type=\"{officeRels}/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
            + $"<Relationship Id=\"rId3\" Type=\"{officeRels}/styles\" Target=\"styles.xml\"/>"));

        var workbook = new X.Workbook(
            new X.BookViews(new X.WorkbookView()),
            new X.Sheets(
                new X.Sheet { Name = official.SheetName, SheetId = 1, Id = "rId1" },
                new X.Sheet { Name = plain.SheetName, SheetId = 2, Id = "rId2" }),
            new X.DefinedNames(
                new X.DefinedName(filter) { Name = "_xlnm._FilterDatabase", LocalSheetId = 1,
                    Hidden = true },
                new X.DefinedName(official.PrintTitles()) { Name = "_xlnm.Print_Titles", LocalSheetId = 0 },
                new X.DefinedName(plain.PrintTitles()) { Name = "_xlnm.Print_Titles", LocalSheetId = 1 }));
        workbook.AddNamespaceDeclaration("r", officeRels);
        Save(package, "xl/workbook.xml", workbook);
        Save(package, "xl/styles.xml", StreamedStyles.Stylesheet());

        static string Sheet(string part) => $"<Override PartName=\"{part}\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        static string Relationships(string inner) =>
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + inner
            + "</Relationships>";
    }

    private static void Text(ZipArchive package, string name, string xml)
    {
        using var writer = new StreamWriter(package.CreateEntry(name, CompressionLevel.Fastest).Open());
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }

    private static void Save(ZipArchive package, string name, OpenXmlElement root)
    {
        using var part = package.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteElement(root);
        writer.Close();
    }
}
