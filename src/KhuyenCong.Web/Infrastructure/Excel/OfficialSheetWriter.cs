using System.Globalization;
using ClosedXML.Excel;
using KhuyenCong.Web.Infrastructure.Documents;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// Writes the formatted sheet of an <see cref="OfficialTable"/>, for paper: every width and row height is computed
/// (<see cref="TextMeasure"/>), the page is planned (<see cref="PrintPlan"/>), and page breaks are placed so that a
/// group heading never ends a page and the signature block is not split from itself.
/// </summary>
public static class OfficialSheetWriter
{
    public const string FontName = "Times New Roman";
    public const double BodyFontSize = 10;
    public const double BlockFontSize = 11;
    public const double TitleFontSize = 13;
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");

    public static void Write(XLWorkbook workbook, OfficialTable table, OfficialSignature signature)
    {
        var sheet = workbook.Worksheets.Add(table.SheetName);
        var plan = Plan(table);
        var n = table.Columns.Count;
        for (var c = 0; c < n; c++) sheet.Column(c + 1).Width = plan.Widths[c];
        var layout = new Layout(sheet, plan.Widths);
        var split = SplitColumn(plan.Widths);

        WriteLetterhead(layout, table, signature.Letterhead, split);
        var headerRow = WriteTable(layout, table);
        var signatureRow = layout.Next;
        WriteSignatures(layout, signature, split);

        PlacePageBreaks(layout, plan, headerRow, signatureRow);
        var setup = sheet.PageSetup;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.PageOrientation = plan.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        if (plan.FitToWidth) setup.FitToPages(1, 0);
        else setup.Scale = plan.Scale;
        setup.Margins.Left = setup.Margins.Right = PrintPlan.SideMargin;
        setup.Margins.Top = setup.Margins.Bottom = PrintPlan.EndMargin;
        setup.Margins.Header = setup.Margins.Footer = 0.3;
        setup.CenterHorizontally = true;
        setup.SetRowsToRepeatAtTop(headerRow, headerRow);
        if (plan.RepeatedColumns > 0) setup.SetColumnsToRepeatAtLeft(1, plan.RepeatedColumns);
        setup.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        sheet.SheetView.FreezeRows(headerRow);
    }

    /// <summary>Widths from the content, no wider than each column allows, then fitted to A4.</summary>
    public static PrintPlan Plan(OfficialTable table)
    {
        var measure = new ColumnMeasure(table.Columns);
        foreach (var row in table.Rows) measure.Add(row);
        return measure.Plan();
    }

    private static void WriteLetterhead(Layout layout, OfficialTable table, Letterhead letterhead, int split)
    {
        var n = table.Columns.Count;
        var hasSuperior = letterhead.SuperiorAgency.Length > 0;
        var row = layout.Next;
        layout.Text(row, 1, split, hasSuperior ? letterhead.SuperiorAgency : letterhead.IssuingAgency, BlockFontSize,
            bold: !hasSuperior);
        layout.Text(row, split + 1, n, OfficialDate.Motto, BlockFontSize, bold: true);
        layout.EndRow();
        layout.Text(layout.Next, 1, split, hasSuperior ? letterhead.IssuingAgency : "", BlockFontSize, bold: true);
        layout.Text(layout.Next, split + 1, n, OfficialDate.MottoLine, BlockFontSize, bold: true);
        layout.EndRow();
        if (table.FormNumber is not null)
        {
            var form = table.Instrument is null ? table.FormNumber : $"{table.FormNumber} – {table.Instrument}";
            layout.Text(layout.Next, split + 1, n, form, BodyFontSize, italic: true);
            layout.EndRow();
        }
        layout.Blank(6);
        layout.Text(layout.Next, 1, n, table.Title, TitleFontSize, bold: true);
        layout.EndRow();
        foreach (var line in table.Subtitles)
        {
            layout.Text(layout.Next, 1, n, line, BlockFontSize);
            layout.EndRow();
        }
        if (table.UnitLine.Length > 0)
        {
            layout.Text(layout.Next, 1, n, table.UnitLine, BodyFontSize, italic: true,
                align: XLAlignmentHorizontalValues.Right);
            layout.EndRow();
        }
    }

    /// <summary>The header and the rows, bordered; returns the header's row number.</summary>
    private static int WriteTable(Layout layout, OfficialTable table)
    {
        var n = table.Columns.Count;
        var sheet = layout.Sheet;
        var headerRow = layout.Next;
        for (var c = 0; c < n; c++) layout.Text(headerRow, c + 1, c + 1, table.Columns[c].Header, BodyFontSize,
            bold: true);
        var header = sheet.Range(headerRow, 1, headerRow, n);
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Fill.BackgroundColor = HeaderFill;
        layout.EndRow();

        foreach (var row in table.Rows)
        {
            var r = layout.Next;
            if (row.Style == OfficialRowStyle.Group)
            {
                layout.Text(r, 1, n, row.Cells[0]?.ToString() ?? "", BodyFontSize, bold: true,
                    align: XLAlignmentHorizontalValues.Left);
                layout.Groups.Add(r);
            }
            else
            {
                var bold = row.Style != OfficialRowStyle.Normal;
                for (var c = 0; c < n; c++)
                {
                    var value = c < row.Cells.Length ? row.Cells[c] : null;
                    if (value is string text) layout.Text(r, c + 1, c + 1, text, BodyFontSize, bold: bold,
                        align: XLAlignmentHorizontalValues.Left);
                    else SetValue(sheet.Cell(r, c + 1), value, table.Columns[c].Kind, bold);
                }
            }
            layout.EndRow();
        }
        var body = sheet.Range(headerRow, 1, layout.Next - 1, n);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        return headerRow;
    }

    private static void WriteSignatures(Layout layout, OfficialSignature signature, int split)
    {
        var n = layout.Widths.Length;
        var letterhead = signature.Letterhead;
        layout.Blank(8);
        layout.Text(layout.Next, split + 1, n, OfficialDate.Line(letterhead.Place, signature.Date), BlockFontSize,
            italic: true);
        layout.EndRow();
        var titles = layout.Next;
        layout.Text(titles, 1, split, letterhead.PreparerTitle, BlockFontSize, bold: true);
        layout.Text(titles, split + 1, n, letterhead.HeadTitle, BlockFontSize, bold: true);
        layout.EndRow();
        var notes = layout.Next;
        layout.Text(notes, 1, split, OfficialDate.PreparerNote, BodyFontSize, italic: true);
        layout.Text(notes, split + 1, n, OfficialDate.HeadNote, BodyFontSize, italic: true);
        layout.EndRow();
        layout.Blank(54);
        var names = layout.Next;
        layout.Text(names, 1, split, signature.PreparerName ?? "", BlockFontSize, bold: true);
        layout.Text(names, split + 1, n, letterhead.SignerName ?? "", BlockFontSize, bold: true);
        layout.EndRow();
    }

    /// <summary>The page breaks (<see cref="PageBreaker"/>) from the heights written.</summary>
    private static void PlacePageBreaks(Layout layout, PrintPlan plan, int headerRow, int signatureRow)
    {
        var breaker = new PageBreaker(plan, headerRow);
        for (var r = 1; r < signatureRow; r++)
            breaker.Row(r, layout.Heights.GetValueOrDefault(r, PageBreaker.DefaultHeight), layout.Groups.Contains(r));
        breaker.End(signatureRow, Enumerable.Range(signatureRow, layout.Next - signatureRow)
            .Sum(r => layout.Heights.GetValueOrDefault(r, PageBreaker.DefaultHeight)));
        foreach (var row in breaker.Breaks) layout.Sheet.PageSetup.AddHorizontalPageBreak(row);
    }

    /// <summary>The last column of the left (agency) block: about two fifths of the width.</summary>
    internal static int SplitColumn(double[] widths)
    {
        var total = widths.Sum();
        double sum = 0;
        for (var c = 0; c < widths.Length - 1; c++)
        {
            sum += widths[c];
            if (sum >= total * 0.4) return c + 1;
        }
        return Math.Max(1, widths.Length - 1);
    }

    private static void SetValue(IXLCell cell, object? value, ExcelCellKind kind, bool bold)
    {
        cell.Style.Font.Bold = bold;
        switch (value)
        {
            case null:
                return;
            case DateOnly date:
                cell.Value = date.ToDateTime(TimeOnly.MinValue);
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                return;
            case DateTime dateTime:
                cell.Value = dateTime;
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                return;
        }
        cell.Value = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        cell.Style.NumberFormat.Format = NumberFormat(kind);
        cell.Style.Alignment.Horizontal = kind == ExcelCellKind.Year
            ? XLAlignmentHorizontalValues.Center
            : XLAlignmentHorizontalValues.Right;
    }

    public static string NumberFormat(ExcelCellKind kind) => kind switch
    {
        ExcelCellKind.Million => "#,##0.###;-#,##0.###;0",
        ExcelCellKind.Percent => "0.0%",
        ExcelCellKind.Year => "0",
        _ => "#,##0",
    };
}
