using ClosedXML.Excel;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The data-friendly twin of an official table (issue 14 "Excel remains data-friendly"): one header row, no merged
/// cells, no letterhead, subtotal or total rows, the group heading repeated as a first column on every row, and an
/// auto-filter, so officers can filter and pivot.
/// </summary>
public static class PlainSheetWriter
{
    public const string Suffix = " (dữ liệu)";

    public static string SheetName(OfficialTable table)
    {
        // Excel refuses sheet names over 31 characters.
        var name = table.SheetName.Length + Suffix.Length <= 31 ? table.SheetName
            : table.SheetName[..(31 - Suffix.Length)];
        return name + Suffix;
    }

    public static void Write(XLWorkbook workbook, OfficialTable table)
    {
        var sheet = workbook.Worksheets.Add(SheetName(table));
        var grouped = table.Rows.Any(r => r.Style == OfficialRowStyle.Group);
        var offset = grouped ? 1 : 0;
        var n = table.Columns.Count + offset;
        if (grouped) sheet.Cell(1, 1).Value = table.GroupHeader;
        for (var c = 0; c < table.Columns.Count; c++) sheet.Cell(1, c + 1 + offset).Value = table.Columns[c].Header;
        sheet.Range(1, 1, 1, n).Style.Font.Bold = true;

        var r = 1;
        string? group = null;
        var widths = table.Columns.Select(c => TextMeasure.Width(c.Header, bold: true) + 2).Prepend(
            TextMeasure.Width(table.GroupHeader, bold: true) + 2).ToArray();
        foreach (var row in table.Rows)
        {
            if (row.Style == OfficialRowStyle.Group) { group = row.Cells[0]?.ToString(); continue; }
            if (row.Style != OfficialRowStyle.Normal) continue;
            r += 1;
            if (grouped) Set(sheet.Cell(r, 1), group, ExcelCellKind.Text, widths, 0);
            for (var c = 0; c < table.Columns.Count && c < row.Cells.Length; c++)
                Set(sheet.Cell(r, c + 1 + offset), row.Cells[c], table.Columns[c].Kind, widths, c + 1);
        }
        for (var c = 0; c < n; c++) sheet.Column(c + 1).Width = Math.Min(60, Math.Ceiling(widths[c + 1 - offset]));
        sheet.Range(1, 1, Math.Max(1, r), n).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    /// <summary>Writes one value and widens its column to hold it; long text wraps at 60 characters.</summary>
    private static void Set(IXLCell cell, object? value, ExcelCellKind kind, double[] widths, int index)
    {
        if (value is null) return;
        var shown = TextMeasure.Shown(value, kind);
        widths[index] = Math.Max(widths[index], Math.Min(60, TextMeasure.Width(shown) + 2));
        switch (value)
        {
            case string text:
                cell.Value = text;
                cell.DataType = XLDataType.Text;
                if (TextMeasure.Width(text) + 2 > 60) cell.Style.Alignment.WrapText = true;
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
        cell.Style.NumberFormat.Format = OfficialSheetWriter.NumberFormat(kind);
    }
}
