using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>A column of an official table: header text, width in characters, and how its cells are shown.</summary>
public sealed record OfficialColumn(string Header, double Width, ExcelCellKind Kind = ExcelCellKind.Text);

public enum ExcelCellKind
{
    Text,
    /// <summary>A whole number with thousands separators (counts, ordinal numbers).</summary>
    Integer,
    /// <summary>An amount in triệu đồng, up to three decimals (whole đồng ÷ 1,000,000 is exact to 6 places, shown to 3).</summary>
    Million,
    /// <summary>A ratio 0..1 shown as a percentage with one decimal.</summary>
    Percent,
    Date,
}

/// <summary>
/// Writes one sheet laid out like an official Vietnamese table: title, subtitle lines, the unit line
/// ("Đơn vị: triệu đồng"), a bold bordered header, the rows, optional subtotal rows and a totals row.
/// Numbers stay numbers (Excel formats them); column widths are set explicitly because
/// ClosedXML's AdjustToContents needs libgdiplus.
/// </summary>
public sealed class OfficialTable
{
    private readonly List<OfficialColumn> columns;
    private readonly List<(object?[] Cells, RowStyle Style)> rows = [];
    private readonly List<string> subtitles = [];

    private enum RowStyle { Normal, Group, Subtotal, Total }

    public OfficialTable(string sheetName, string title, IEnumerable<OfficialColumn> columns)
    {
        SheetName = sheetName;
        Title = title;
        this.columns = [.. columns];
    }

    public string SheetName { get; }
    public string Title { get; }
    public string UnitLine { get; set; } = "Đơn vị: triệu đồng";

    public OfficialTable Subtitle(string line) { subtitles.Add(line); return this; }
    public OfficialTable Row(params object?[] cells) { rows.Add((cells, RowStyle.Normal)); return this; }
    /// <summary>A heading row for a group (e.g. a province or a fund), bold, in the first column.</summary>
    public OfficialTable Group(string text) { rows.Add(([text], RowStyle.Group)); return this; }
    public OfficialTable Subtotal(params object?[] cells) { rows.Add((cells, RowStyle.Subtotal)); return this; }
    public OfficialTable Total(params object?[] cells) { rows.Add((cells, RowStyle.Total)); return this; }

    public void WriteTo(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(SheetName);
        var lastColumn = columns.Count;
        var r = 1;
        MergedLine(sheet, r++, lastColumn, Title, bold: true, size: 14);
        foreach (var line in subtitles)
        {
            MergedLine(sheet, r++, lastColumn, line, bold: false, size: 11);
        }
        var unit = sheet.Range(r, 1, r, lastColumn).Merge();
        unit.Value = UnitLine;
        unit.Style.Font.Italic = true;
        unit.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        r += 1;

        var headerRow = r;
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(r, c + 1);
            cell.Value = columns[c].Header;
            sheet.Column(c + 1).Width = columns[c].Width;
        }
        var header = sheet.Range(r, 1, r, lastColumn);
        header.Style.Font.Bold = true;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Alignment.WrapText = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        r += 1;

        foreach (var (cells, style) in rows)
        {
            if (style == RowStyle.Group)
            {
                var group = sheet.Range(r, 1, r, lastColumn).Merge();
                group.Value = cells[0]?.ToString();
                group.Style.Font.Bold = true;
            }
            else
            {
                for (var c = 0; c < cells.Length && c < columns.Count; c++)
                {
                    SetCell(sheet.Cell(r, c + 1), cells[c], columns[c].Kind);
                }
                if (style is RowStyle.Subtotal or RowStyle.Total)
                {
                    sheet.Range(r, 1, r, lastColumn).Style.Font.Bold = true;
                }
            }
            r += 1;
        }

        var body = sheet.Range(headerRow, 1, Math.Max(headerRow, r - 1), lastColumn);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        sheet.SheetView.FreezeRows(headerRow);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
    }

    /// <summary>The workbook as a download; file names stay ASCII so every browser keeps them.</summary>
    public static FileContentResult File(string fileName, params OfficialTable[] tables)
    {
        using var workbook = new XLWorkbook();
        foreach (var table in tables)
        {
            table.WriteTo(workbook);
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return new FileContentResult(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        {
            FileDownloadName = fileName,
        };
    }

    private static void MergedLine(IXLWorksheet sheet, int row, int lastColumn, string text, bool bold, double size)
    {
        var range = sheet.Range(row, 1, row, lastColumn).Merge();
        range.Value = text;
        range.Style.Font.Bold = bold;
        range.Style.Font.FontSize = size;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }

    private static void SetCell(IXLCell cell, object? value, ExcelCellKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                cell.Value = text;
                cell.DataType = XLDataType.Text;
                return;
            case DateOnly date:
                cell.Value = date.ToDateTime(TimeOnly.MinValue);
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                return;
            case DateTime dateTime:
                cell.Value = dateTime;
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                return;
        }
        cell.Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        cell.Style.NumberFormat.Format = kind switch
        {
            ExcelCellKind.Million => "#,##0.###;-#,##0.###;0",
            ExcelCellKind.Percent => "0.0%",
            _ => "#,##0",
        };
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
    }
}
