using DocumentFormat.OpenXml.Packaging;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using OpenXml = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// A table longer than the formatted workbook holds is streamed: the download is a stream (not bytes built in
/// memory), opens with the Open XML SDK, and holds both sheets with every row, the group headings merged across
/// the table, the subtotals and the signature block.
/// </summary>
public sealed class StreamedOfficialWorkbookTests
{
    private static readonly OfficialSignature Signature = new(
        new Letterhead("UBND TỈNH PHÚ THỌ", "SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", "Phú Thọ", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC",
            "Nguyễn Văn A"), new DateOnly(2026, 2, 5), "Trần Thị B");

    [Fact]
    public async Task FileAsync_PastTheFormattedLimit_StreamsBothSheetsWithEveryRow()
    {
        var table = new OfficialTable("T", "BẢNG THỬ", [new("STT", 6, ExcelCellKind.Integer), new("Tên", 40),
            new("Kinh phí", 14, ExcelCellKind.Million), new("Ngày", 12, ExcelCellKind.Date)]) { GroupHeader = "Tỉnh" };
        var n = 0;
        const int groups = 12, perGroup = 500;
        for (var g = 0; g < groups; g++)
        {
            table.Group($"Tỉnh {g}");
            for (var i = 0; i < perGroup; i++) table.Row(++n, $"Đề án {n}", 1.5, new DateOnly(2026, 1, 1));
            table.Subtotal(null, $"Cộng tỉnh {g}", perGroup * 1.5, null);
        }
        table.Total(null, "Tổng cộng", n * 1.5, null);
        Assert.True(table.Rows.Count > StreamedOfficialWorkbook.FormattedRowLimit);

        var result = await OfficialTable.FileAsync("t.xlsx", Signature, [table], CancellationToken.None);

        var stream = Assert.IsType<FileStreamResult>(result).FileStream;
        await using (stream)
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            var book = document.WorkbookPart!;
            var sheets = book.Workbook.Sheets!.Elements<OpenXml.Sheet>().ToList();
            Assert.Equal(["T", "T (dữ liệu)"], sheets.Select(s => s.Name!.Value));
            var official = ((WorksheetPart)book.GetPartById(sheets[0].Id!)).Worksheet;
            var plain = ((WorksheetPart)book.GetPartById(sheets[1].Id!)).Worksheet;
            // The plain sheet: a header and one row per project, nothing else.
            Assert.Equal(groups * perGroup + 1, plain.Descendants<OpenXml.Row>().Count());
            // The official sheet: every row, one heading, one subtotal per group, the total, and the letterhead's
            // and signatures' rows around them; each group heading is merged across the table.
            var rows = official.Descendants<OpenXml.Row>().Count();
            Assert.InRange(rows, table.Rows.Count + 10, table.Rows.Count + 25);
            var merged = official.Descendants<OpenXml.MergeCell>().Select(m => m.Reference!.Value!).ToList();
            Assert.Equal(groups, merged.Count(m => m.StartsWith('A') && m.Contains(":D")
                && m.Split(':')[0][1..] == m.Split(':')[1][1..] && int.Parse(m.Split(':')[0][1..]) > 6
                && int.Parse(m.Split(':')[0][1..]) < rows - 8));
            var texts = book.SharedStringTablePart?.SharedStringTable.InnerText ?? "";
            var inline = string.Concat(official.Descendants<OpenXml.InlineString>().Select(s => s.InnerText));
            Assert.Contains("Tổng cộng", texts + inline);
            Assert.Contains("SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", texts + inline);
        }
    }

    [Fact]
    public async Task FileAsync_WithinTheLimit_IsTheFormattedWorkbook()
    {
        var table = new OfficialTable("T", "BẢNG THỬ", [new("STT", 6, ExcelCellKind.Integer), new("Tên", 40)]);
        table.Row(1, "Một");
        Assert.IsType<FileContentResult>(await OfficialTable.FileAsync("t.xlsx", Signature, [table], default));
    }
}
