using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;
using OpenXml = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// The page plan of an official table: a long grouped table breaks before a group heading rather than after it,
/// and a table too wide to fit at 8 pt prints at 8 pt across several pages with its first columns repeated.
/// </summary>
public sealed class OfficialSheetPaginationTests
{
    private static readonly OfficialSignature Signature = new(
        new Letterhead("UBND TỈNH PHÚ THỌ", "SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", "Phú Thọ", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC", "Nguyễn Văn A"),
        new DateOnly(2026, 2, 5), "Trần Thị B");

    private static byte[] Bytes(OfficialTable table) =>
        ((Microsoft.AspNetCore.Mvc.FileContentResult)OfficialTable.File("t.xlsx", Signature, table)).FileContents;

    [Fact]
    public void LongGroupedTable_NeverEndsAPageWithAGroupHeading()
    {
        var table = new OfficialTable("T", "BẢNG THỬ", [new("STT", 6, ExcelCellKind.Integer), new("Tên", 40),
            new("Kinh phí", 14, ExcelCellKind.Million)]);
        var n = 0;
        var random = new Random(7);
        for (var g = 0; g < 40; g++)
        {
            table.Group($"Tỉnh số {g}");
            for (var i = 0; i < random.Next(1, 9); i++)
                table.Row(++n, string.Join(' ', Enumerable.Repeat("nội dung dài", random.Next(1, 12))), 1.5);
        }
        table.Total(null, "Tổng cộng", n * 1.5);

        using var book = new XLWorkbook(new MemoryStream(Bytes(table)));
        var sheet = book.Worksheet(1);
        var groups = sheet.RowsUsed().Where(r => r.Cell(1).GetString().StartsWith("Tỉnh số", StringComparison.Ordinal))
            .Select(r => r.RowNumber()).ToHashSet();
        using var document = SpreadsheetDocument.Open(new MemoryStream(Bytes(table)), false);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(
            document.WorkbookPart.Workbook.Sheets!.Elements<OpenXml.Sheet>().First().Id!);
        var breaks = part.Worksheet.Descendants<OpenXml.Break>().Select(b => (int)b.Id!.Value).ToList();

        Assert.NotEmpty(breaks);
        Assert.All(breaks, last => Assert.DoesNotContain(last, groups));
        Assert.Contains(breaks, last => groups.Contains(last + 1));
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Phú Thọ, ngày 05 tháng 02 năm 2026");
    }

    [Fact]
    public void VeryWideTable_PrintsAtEightPointAcrossPages_WithItsFirstColumnsRepeated()
    {
        var columns = Enumerable.Range(1, 30).Select(i => new OfficialColumn($"Cột {i}", 14, ExcelCellKind.Million));
        var table = new OfficialTable("W", "BẢNG RỘNG", [new("STT", 6, ExcelCellKind.Integer), new("Tên", 30), .. columns]);
        table.Row([1, "Một dòng", .. Enumerable.Range(1, 30).Select(i => (object?)(i * 1234.5))]);

        var plan = OfficialSheetWriter.Plan(table);
        Assert.True(plan.Landscape);
        Assert.False(plan.FitToWidth);
        Assert.Equal(80, plan.Scale);
        Assert.Equal(2, plan.RepeatedColumns);
        using var book = new XLWorkbook(new MemoryStream(Bytes(table)));
        Assert.Equal(80, book.Worksheet(1).PageSetup.Scale);
        Assert.Equal(XLPaperSize.A4Paper, book.Worksheet(1).PageSetup.PaperSize);
    }

    [Fact]
    public void NarrowTable_IsPortraitAtFullSize()
    {
        var table = new OfficialTable("N", "BẢNG HẸP", [new("STT", 6, ExcelCellKind.Integer), new("Tên", 40),
            new("Năm", 8, ExcelCellKind.Year)]);
        table.Row(1, "Một", 2022);
        var plan = OfficialSheetWriter.Plan(table);
        Assert.False(plan.Landscape);
        Assert.Equal(1, plan.EffectiveScale);
    }
}
