using System.Globalization;
using System.Security;
using System.Text;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// A streamed sheet's print setup, as the formatted sheet's (<see cref="OfficialSheetWriter"/>): A4, the plan's
/// orientation and fit to width (or scale), margins, the repeated header rows and columns, the page number in the
/// footer and the row breaks; written into the sheet's XML by <see cref="StreamedPrintSetup"/>.
/// </summary>
public sealed record SheetPrintSetup(string SheetName, PrintPlan Plan, int TitleRow, IReadOnlyList<int> RowBreaks,
    bool Official)
{
    /// <summary>Excel's number for A4 paper.</summary>
    public const int A4 = 9;

    /// <summary>The sheet properties that make "fit to width" apply (before everything else in the sheet).</summary>
    public string SheetProperties => Plan.FitToWidth ? "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : "";

    /// <summary>The elements after the sheet's data and merges, in the order the schema wants them.</summary>
    public string Elements()
    {
        var xml = new StringBuilder();
        if (Official) xml.Append("<printOptions horizontalCentered=\"1\"/>");
        var (side, end) = Official ? (PrintPlan.SideMargin, PrintPlan.EndMargin) : (0.7, 0.75);
        xml.Append(Invariant($"<pageMargins left=\"{side}\" right=\"{side}\" top=\"{end}\" bottom=\"{end}\" ")
            + "header=\"0.3\" footer=\"0.3\"/>");
        xml.Append(Invariant($"<pageSetup paperSize=\"{A4}\" "));
        xml.Append(Plan.FitToWidth ? "fitToWidth=\"1\" fitToHeight=\"0\" " : Invariant($"scale=\"{Plan.Scale}\" "));
        xml.Append(Plan.Landscape ? "orientation=\"landscape\"/>" : "orientation=\"portrait\"/>");
        if (Official) xml.Append("<headerFooter><oddFooter>&amp;C&amp;P</oddFooter></headerFooter>");
        if (RowBreaks.Count > 0)
        {
            xml.Append(Invariant($"<rowBreaks count=\"{RowBreaks.Count}\" manualBreakCount=\"{RowBreaks.Count}\">"));
            foreach (var row in RowBreaks) xml.Append(Invariant($"<brk id=\"{row}\" max=\"16383\" man=\"1\"/>"));
            xml.Append("</rowBreaks>");
        }
        return xml.ToString();
    }

    /// <summary>The print titles' defined-name value: the repeated columns, then the header row.</summary>
    public string PrintTitles()
    {
        var sheet = "'" + SheetName.Replace("'", "''") + "'";
        var rows = Invariant($"{sheet}!${TitleRow}:${TitleRow}");
        return Plan.RepeatedColumns > 0
            ? $"{sheet}!$A:${SpreadCheetah.SpreadsheetUtility.GetColumnName(Plan.RepeatedColumns)},{rows}"
            : rows;
    }

    public static string Escape(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
