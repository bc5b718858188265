using DocumentFormat.OpenXml.Packaging;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Tests.Integration.Documents;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;
using OpenXml = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// Issue 14 for the streamed workbook (issue 16): a sheet written row by row has the formatted sheet's print
/// setup — A4, the planned orientation and fit to width, the header row repeated on every page, the letterhead
/// and signature blocks, widths measured as the formatted sheet measures them, rows as high as their wrapped
/// text, page breaks only before a group heading or the signatures — numbers stay numbers and years integers,
/// and LibreOffice converts the file to PDF.
/// </summary>
public sealed class StreamedPrintSetupTests
{
    private static readonly OfficialSignature Signature = new(
        new Letterhead("UBND TỈNH PHÚ THỌ", "SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", "Phú Thọ", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC",
            "Nguyễn Văn A"), new DateOnly(2026, 2, 5), "Trần Thị B");

    /// <summary>A wide table (landscape) of groups, with a year column and long wrapped names.</summary>
    private static OfficialTable Table(int groups, int perGroup)
    {
        var table = new OfficialTable("Bao cao", "BÁO CÁO THỬ",
        [
            new("STT", 5, ExcelCellKind.Integer), new("Mã đề án", 18), new("Tên đề án", 40),
            new("Đơn vị thực hiện", 28), new("Địa điểm", 18), new("Năm", 8, ExcelCellKind.Year),
            new("Tổng kinh phí", 13, ExcelCellKind.Million), new("Hỗ trợ", 13, ExcelCellKind.Million),
            new("Đối ứng", 13, ExcelCellKind.Million), new("Tỷ lệ", 10, ExcelCellKind.Percent), new("Trạng thái", 16),
        ]) { FormNumber = "Biểu số 09", GroupHeader = "Tỉnh" }.Subtitle("Năm 2026");
        var n = 0;
        for (var g = 0; g < groups; g++)
        {
            table.Group($"Tỉnh thử {g}");
            for (var i = 0; i < perGroup; i++)
                table.Row(++n, $"PTO-2026-{n:D5}", $"Hỗ trợ ứng dụng máy móc thiết bị chế biến chè số {n} tại xã",
                    "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Xã Thanh Sơn", 2026, 1234.5, 600.25,
                    634.25, 0.5, "Đang thực hiện");
            table.Subtotal(null, null, $"Cộng tỉnh {g}", null, null, null, perGroup * 1234.5, null, null, null, null);
        }
        table.Total(null, null, "Tổng cộng", null, null, null, n * 1234.5, null, null, null, null);
        return table;
    }

    private static async Task<MemoryStream> StreamAsync(OfficialTable table)
    {
        var output = new MemoryStream();
        await StreamedOfficialWorkbook.WriteAsync(output, Signature, table, null, CancellationToken.None);
        output.Position = 0;
        return output;
    }

    [Fact]
    public async Task WriteAsync_OfficialSheet_HasA4PlannedOrientationFitToWidthAndRepeatedHeader()
    {
        var table = Table(groups: 6, perGroup: 40);
        var plan = OfficialSheetWriter.Plan(table);
        Assert.True(plan.Landscape, "the test table must be wide");

        using var document = SpreadsheetDocument.Open(await StreamAsync(table), false);

        var (official, plain) = Sheets(document);
        var setup = official.Worksheet.GetFirstChild<OpenXml.PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(OpenXml.OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(official.Worksheet.GetFirstChild<OpenXml.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.True(official.Worksheet.GetFirstChild<OpenXml.PrintOptions>()!.HorizontalCentered!.Value);
        Assert.NotNull(official.Worksheet.GetFirstChild<OpenXml.PageMargins>());
        Assert.Contains("&P", official.Worksheet.GetFirstChild<OpenXml.HeaderFooter>()!.OddFooter!.Text);
        // The widths are the formatted sheet's: measured from the content and fitted to A4.
        var widths = official.Worksheet.Descendants<OpenXml.Column>().Select(c => c.Width!.Value).ToArray();
        Assert.Equal(plan.Widths, widths);

        // The header row ("STT …") is repeated on every page; the plain sheet repeats its first row.
        var rows = Texts(document, official);
        var header = rows.Single(r => r.Value.FirstOrDefault() == "STT").Key;
        var titles = document.WorkbookPart!.Workbook.DefinedNames!.Elements<OpenXml.DefinedName>()
            .Where(d => d.Name == "_xlnm.Print_Titles").ToDictionary(d => d.LocalSheetId!.Value, d => d.Text);
        Assert.Equal($"'Bao cao'!${header}:${header}", titles[0]);
        Assert.Equal("'Bao cao (dữ liệu)'!$1:$1", titles[1]);
        var plainSetup = plain.Worksheet.GetFirstChild<OpenXml.PageSetup>()!;
        Assert.Equal(9u, plainSetup.PaperSize!.Value);
        Assert.Equal(OpenXml.OrientationValues.Landscape, plainSetup.Orientation!.Value);
        Assert.Equal(header, (int)official.Worksheet.Descendants<OpenXml.Pane>().Single().VerticalSplit!.Value);
    }

    [Fact]
    public async Task WriteAsync_OfficialSheet_HasLetterheadSignaturesNumbersAndIntegerYears()
    {
        using var document = SpreadsheetDocument.Open(await StreamAsync(Table(groups: 2, perGroup: 10)), false);

        var (official, _) = Sheets(document);
        var rows = Texts(document, official);
        var all = rows.Values.SelectMany(r => r).ToList();
        // The agency and motto blocks side by side on top, the form number, then the signatures at the end.
        Assert.Contains("UBND TỈNH PHÚ THỌ", rows[1]);
        Assert.Contains(OfficialDate.Motto, rows[1]);
        Assert.Contains("SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", rows[2]);
        Assert.Contains("Biểu số 09", all);
        Assert.Contains(OfficialDate.Line("Phú Thọ", new DateOnly(2026, 2, 5)), all);
        var last = rows.Keys.Max();
        Assert.Contains("Trần Thị B", rows[last]);
        Assert.Contains("Nguyễn Văn A", rows[last]);
        Assert.Contains(rows.Values, r => r.Contains("NGƯỜI LẬP BIỂU") && r.Contains("GIÁM ĐỐC"));

        // Amounts are numbers; the year a plain integer in a "0" format (never "2,026").
        var cells = official.Worksheet.Descendants<OpenXml.Cell>().ToList();
        var year = cells.First(c => c.CellReference!.Value!.StartsWith('F') && c.CellValue?.Text == "2026");
        Assert.Null(year.DataType);
        Assert.Equal("0", FormatCode(document, year));
        var amount = cells.First(c => c.CellReference!.Value!.StartsWith('G') && c.CellValue?.Text == "1234.5");
        Assert.Null(amount.DataType);
        Assert.Equal("#,##0.###;-#,##0.###;0", FormatCode(document, amount));
    }

    [Fact]
    public async Task WriteAsync_LongTable_RowsAreAsHighAsTheirTextAndPagesBreakOnlyBeforeHeadingsOrSignatures()
    {
        var table = Table(groups: 40, perGroup: 7);

        using var document = SpreadsheetDocument.Open(await StreamAsync(table), false);

        var (official, _) = Sheets(document);
        var rows = official.Worksheet.Descendants<OpenXml.Row>().ToDictionary(r => (int)r.RowIndex!.Value);
        var texts = Texts(document, official);
        // A project's name wraps in its narrowed column: its row is taller than one line.
        var project = texts.First(r => r.Value.FirstOrDefault() == "1").Key;
        Assert.True(rows[project].Height!.Value > TextMeasure.Height(1));
        Assert.True(rows[project].CustomHeight!.Value);
        var headings = texts.Where(r => r.Value.FirstOrDefault()?.StartsWith("Tỉnh thử") == true)
            .Select(r => r.Key).ToHashSet();
        Assert.Equal(40, headings.Count);
        var signatures = texts.Keys.Max() - 5;
        var breaks = official.Worksheet.Descendants<OpenXml.Break>().Select(b => (int)b.Id!.Value).ToList();
        Assert.NotEmpty(breaks);
        Assert.All(breaks, b => Assert.True(headings.Contains(b + 1) || b + 1 == signatures,
            $"a page breaks after row {b}, before neither a heading nor the signatures"));
    }

    [Fact]
    public void PageBreaker_HeadingThatWouldEndAPage_BreaksBeforeIt()
    {
        var plan = new PrintPlan([10], Landscape: false, FitToWidth: true, Scale: 100, RepeatedColumns: 0);
        var page = PrintPlan.PrintableHeightPoints(false);
        var breaker = new PageBreaker(plan, headerRow: 1);
        breaker.Row(1, 20, group: false);
        var rows = (int)((page - 20) / 20) - 1;
        for (var r = 2; r < 2 + rows; r++) breaker.Row(r, 20, group: false);
        // The heading alone would fit at the page's end; with its first row it does not.
        var heading = 2 + rows;
        breaker.Row(heading, 20, group: true);
        breaker.Row(heading + 1, 20, group: false);
        breaker.End(heading + 2, 10);

        Assert.Equal([heading - 1], breaker.Breaks);
    }

    [OfficeFact]
    public async Task WriteAsync_StreamedWorkbook_ConvertsToPdf()
    {
        var folder = Directory.CreateTempSubdirectory("kc-streamed-pdf-");
        try
        {
            var file = Path.Combine(folder.FullName, "streamed.xlsx");
            await using (var stream = await StreamAsync(Table(groups: 3, perGroup: 30)))
            await using (var target = File.Create(file))
                await stream.CopyToAsync(target);

            var (exitCode, output) = await PdfConversionTests.ConvertAsync(folder.FullName, [file]);

            Assert.True(exitCode == 0, $"soffice exited with {exitCode}: {output}");
            var pdf = Path.ChangeExtension(file, ".pdf");
            Assert.True(File.Exists(pdf), $"the streamed workbook was not converted: {output}");
            Assert.True(new FileInfo(pdf).Length > 1000, "the PDF is nearly empty");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (WorksheetPart Official, WorksheetPart Plain) Sheets(SpreadsheetDocument document)
    {
        var book = document.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<OpenXml.Sheet>().ToList();
        return ((WorksheetPart)book.GetPartById(sheets[0].Id!), (WorksheetPart)book.GetPartById(sheets[1].Id!));
    }

    /// <summary>Each row's cell texts by row number (inline strings and numbers as written).</summary>
    private static Dictionary<int, List<string>> Texts(SpreadsheetDocument document, WorksheetPart sheet)
    {
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable
            .Elements<OpenXml.SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return sheet.Worksheet.Descendants<OpenXml.Row>().ToDictionary(r => (int)r.RowIndex!.Value,
            r => r.Elements<OpenXml.Cell>().Select(c => c.DataType?.Value == OpenXml.CellValues.SharedString
                ? shared[int.Parse(c.InnerText)]
                : c.DataType?.Value == OpenXml.CellValues.InlineString
                    ? c.InlineString!.InnerText : c.CellValue?.Text ?? "")
                .Where(t => t.Length > 0).ToList());
    }

    private static string FormatCode(SpreadsheetDocument document, OpenXml.Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<OpenXml.CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var id = format.NumberFormatId!.Value;
        // Excel's built-in formats have no element of their own.
        return id switch
        {
            1 => "0",
            3 => "#,##0",
            _ => styles.NumberingFormats!.Elements<OpenXml.NumberingFormat>()
                .Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
        };
    }
}
