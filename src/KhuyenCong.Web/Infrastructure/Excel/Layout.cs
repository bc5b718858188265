using ClosedXML.Excel;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The running row of a sheet being written and the height each row needs: a text cell or merged block wraps
/// within its width and its row grows to the tallest of its cells.
/// </summary>
internal sealed class Layout(IXLWorksheet sheet, double[] widths)
{
    public IXLWorksheet Sheet { get; } = sheet;
    public double[] Widths { get; } = widths;
    public int Next { get; private set; } = 1;
    public Dictionary<int, double> Heights { get; } = [];
    public HashSet<int> Groups { get; } = [];

    public void EndRow()
    {
        Heights.TryAdd(Next, TextMeasure.Height(1));
        Sheet.Row(Next).Height = Heights[Next];
        Next += 1;
    }

    public void Blank(double height)
    {
        Heights[Next] = height;
        Sheet.Row(Next).Height = height;
        Next += 1;
    }

    /// <summary>Text in columns <paramref name="from"/>..<paramref name="to"/> (merged when more than one).</summary>
    public void Text(int row, int from, int to, string text, double size, bool bold = false, bool italic = false,
        XLAlignmentHorizontalValues align = XLAlignmentHorizontalValues.Center)
    {
        if (to < from) return;
        IXLRange range = Sheet.Range(row, from, row, to);
        if (to > from) range = range.Merge();
        var cell = Sheet.Cell(row, from);
        cell.Value = text;
        cell.DataType = XLDataType.Text;
        var style = range.Style;
        style.Font.Bold = bold;
        style.Font.Italic = italic;
        style.Font.FontSize = size;
        style.Alignment.Horizontal = align;
        style.Alignment.WrapText = true;
        var width = Widths[(from - 1)..to].Sum();
        var height = TextMeasure.Height(TextMeasure.Lines(text, width, size, bold), size);
        Heights[row] = Math.Max(Heights.GetValueOrDefault(row), height);
    }
}
