using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;
using OpenXml = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// The streamed workbook in one pass (issue 16): its rows are read once for both sheets and the progress counts each
/// row once; past the measured sample the widest row given (the grand total, read first) sizes the columns, so a long
/// table's total never shows as "####"; and the package it writes by hand is valid Open XML.
/// </summary>
public sealed class StreamedOnePassTests
{
    private static readonly OfficialSignature Signature = new(
        new Letterhead("UBND TỈNH PHÚ THỌ", "SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", "Phú Thọ", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC",
            "Nguyễn Văn A"), new DateOnly(2026, 2, 5), "Trần Thị B");

    private static OfficialTable Head() => new("T", "BẢNG THỬ", [new("STT", 6, ExcelCellKind.Integer),
        new("Tên", 40), new("Kinh phí", 10, ExcelCellKind.Million), new("Ngày", 12, ExcelCellKind.Date)])
    {
        GroupHeader = "Tỉnh",
    };

    /// <summary>Groups of rows of 1.5 each, subtotals, and a total; counts how often it is read.</summary>
    private sealed class CountingRows(int groups, int perGroup, double total) : IAsyncEnumerable<OfficialRow>
    {
        public int Enumerations { get; private set; }
        public int Yielded { get; private set; }

        public IAsyncEnumerator<OfficialRow> GetAsyncEnumerator(CancellationToken ct = default)
        {
            Enumerations += 1;
            return Rows().GetAsyncEnumerator(ct);
        }

        private async IAsyncEnumerable<OfficialRow> Rows()
        {
            var n = 0;
            for (var g = 0; g < groups; g++)
            {
                Yielded += 1;
                yield return new([$"Tỉnh {g}"], OfficialRowStyle.Group);
                for (var i = 0; i < perGroup; i++)
                {
                    Yielded += 1;
                    yield return new([++n, $"Đề án {n}", 1.5, new DateOnly(2026, 1, 1)], OfficialRowStyle.Normal);
                }
                Yielded += 1;
                yield return new([null, $"Cộng tỉnh {g}", perGroup * 1.5, null], OfficialRowStyle.Subtotal);
            }
            Yielded += 1;
            yield return new([null, "Tổng cộng", total, null], OfficialRowStyle.Total);
            await Task.CompletedTask;
        }
    }

    private static async Task<MemoryStream> WriteAsync(CountingRows rows, OfficialRow? widest, int sample,
        Action<int>? progress = null)
    {
        var output = new MemoryStream();
        await StreamedOfficialWorkbook.WriteAsync(output, Signature, Head(), grouped: true, rows, widest, progress,
            CancellationToken.None, sample);
        output.Position = 0;
        return output;
    }

    [Fact]
    public async Task WriteAsync_LongerThanTheSample_ReadsTheRowsOnceForBothSheets()
    {
        var rows = new CountingRows(groups: 5, perGroup: 600, total: 4500);
        Assert.True(5 * 602 + 1 > StreamedOfficialWorkbook.SampleRows);

        var told = new List<int>();
        using var document = SpreadsheetDocument.Open(
            await WriteAsync(rows, null, StreamedOfficialWorkbook.SampleRows, told.Add), false);

        Assert.Equal(1, rows.Enumerations);
        // The progress runs over the table's rows once (the job's total), as both sheets are written together.
        Assert.Equal(3000, told[^1]);
        Assert.All(told, n => Assert.InRange(n, 1, 3000));
        Assert.Equal(5 * 602 + 1, rows.Yielded);
        var (official, plain) = Sheets(document);
        Assert.Equal(5 * 600 + 1, plain.Worksheet.Descendants<OpenXml.Row>().Count());
        var texts = official.Worksheet.Descendants<OpenXml.InlineString>().Select(s => s.InnerText).ToList();
        Assert.Equal(3000, texts.Count(t => t.StartsWith("Đề án ", StringComparison.Ordinal)));
        Assert.Contains("Tổng cộng", texts);
    }

    [Fact]
    public async Task WriteAsync_TotalPastTheSample_IsSizedByTheWidestRowGiven()
    {
        const double total = 123_456_789.125;
        var widest = new OfficialRow([3000, null, total, null], OfficialRowStyle.Total);
        var needed = TextMeasure.Width(TextMeasure.Shown(total, ExcelCellKind.Million), bold: true);

        using var sized = SpreadsheetDocument.Open(await WriteAsync(new(5, 600, total), widest, sample: 50), false);
        using var unsized = SpreadsheetDocument.Open(await WriteAsync(new(5, 600, total), null, sample: 50), false);

        // The amount column (C) holds the total's figure; without the widest row only the sample's "1.5" and
        // "900" were measured and it would show "####".
        Assert.True(Width(sized, 3) >= needed + 1.5, $"{Width(sized, 3)} < {needed + 1.5}");
        Assert.True(Width(unsized, 3) < needed, $"the unsized column ({Width(unsized, 3)}) already held the total");
        // The row number of the last project ("3,000") fits too.
        Assert.True(Width(sized, 1) >= TextMeasure.Width("3,000", bold: true) + 1.5);
    }

    [Fact]
    public async Task WriteAsync_Package_IsValidOpenXml()
    {
        using var document = SpreadsheetDocument.Open(await WriteAsync(new(3, 40, 180), null, 2000), false);

        var errors = new OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var names = document.WorkbookPart!.Workbook.DefinedNames!.Elements<OpenXml.DefinedName>()
            .ToDictionary(d => (d.Name!.Value!, d.LocalSheetId!.Value), d => d.Text);
        // The plain sheet's auto-filter covers its header and its 120 rows exactly.
        Assert.Equal("'T (dữ liệu)'!$A$1:$E$121", names[("_xlnm._FilterDatabase", 1u)]);
    }

    private static double Width(SpreadsheetDocument document, int column) =>
        Sheets(document).Official.Worksheet.Descendants<OpenXml.Column>()
            .Single(c => c.Min!.Value == column).Width!.Value;

    private static (WorksheetPart Official, WorksheetPart Plain) Sheets(SpreadsheetDocument document)
    {
        var book = document.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<OpenXml.Sheet>().ToList();
        return ((WorksheetPart)book.GetPartById(sheets[0].Id!), (WorksheetPart)book.GetPartById(sheets[1].Id!));
    }
}
