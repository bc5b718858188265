using System.Globalization;
using DocumentFormat.OpenXml;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// A streamed sheet's print setup, as the formatted sheet's (<see cref="OfficialSheetWriter"/>): A4, the plan's
/// orientation and fit to width (or scale), margins, the repeated header rows and columns, the page number in the
/// footer and the row breaks; written as the sheet's own elements by <see cref="StreamedOfficialWorkbook"/>.
/// </summary>
public sealed record SheetPrintSetup(string SheetName, PrintPlan Plan, int TitleRow, IReadOnlyList<int> RowBreaks,
    bool Official)
{
    /// <summary>Excel's number for A4 paper.</summary>
    public const int A4 = 9;

    /// <summary>The sheet properties that make "fit to width" apply (the sheet's first element), if it fits.</summary>
    public IEnumerable<OpenXmlElement> SheetProperties()
    {
        if (Plan.FitToWidth) yield return new X.SheetProperties(new X.PageSetupProperties { FitToPage = true });
    }

    /// <summary>The elements after the sheet's data and merges, in the order the schema wants them.</summary>
    public IEnumerable<OpenXmlElement> Elements()
    {
        if (Official) yield return new X.PrintOptions { HorizontalCentered = true };
        var (side, end) = Official ? (PrintPlan.SideMargin, PrintPlan.EndMargin) : (0.7, 0.75);
        yield return new X.PageMargins
        {
            Left = side, Right = side, Top = end, Bottom = end, Header = 0.3, Footer = 0.3,
        };
        var setup = new X.PageSetup
        {
            PaperSize = A4,
            Orientation = Plan.Landscape ? X.OrientationValues.Landscape : X.OrientationValues.Portrait,
        };
        if (Plan.FitToWidth) (setup.FitToWidth, setup.FitToHeight) = (1u, 0u);
        else setup.Scale = (uint)Plan.Scale;
        yield return setup;
        if (Official) yield return new X.HeaderFooter(new X.OddFooter("&C&P"));
        if (RowBreaks.Count > 0)
        {
            yield return new X.RowBreaks(RowBreaks.Select(row => new X.Break
            {
                Id = (uint)row, Max = 16383, ManualPageBreak = true,
            })) { Count = (uint)RowBreaks.Count, ManualBreakCount = (uint)RowBreaks.Count };
        }
    }

    /// <summary>The print titles' defined-name value: the repeated columns, then the header row.</summary>
    public string PrintTitles()
    {
        var sheet = "'" + SheetName.Replace("'", "''") + "'";
        var rows = string.Create(CultureInfo.InvariantCulture, $"{sheet}!${TitleRow}:${TitleRow}");
        return Plan.RepeatedColumns > 0
            ? $"{sheet}!$A:${SheetXml.ColumnName(Plan.RepeatedColumns)},{rows}"
            : rows;
    }
}
