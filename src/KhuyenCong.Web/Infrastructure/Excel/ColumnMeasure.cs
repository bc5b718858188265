namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The widths a table's columns need, measured one row at a time (so that a streamed table is measured without
/// being held): each column's longest word and widest cell, then the page plan (<see cref="Plan"/>) as the
/// formatted sheet computes it — widths from the content, no wider than each column allows, fitted to A4.
/// </summary>
public sealed class ColumnMeasure
{
    private readonly IReadOnlyList<OfficialColumn> columns;
    private readonly double[] word;
    private readonly double[] widest;

    public ColumnMeasure(IReadOnlyList<OfficialColumn> columns)
    {
        this.columns = columns;
        word = [.. columns.Select(c => TextMeasure.LongestWord(c.Header, bold: true))];
        widest = new double[columns.Count];
    }

    /// <summary>Measures one row; group headings span the table and set no column's width.</summary>
    public void Add(OfficialRow row)
    {
        if (row.Style == OfficialRowStyle.Group) return;
        var bold = row.Style != OfficialRowStyle.Normal;
        for (var c = 0; c < columns.Count && c < row.Cells.Length; c++)
        {
            var shown = TextMeasure.Shown(row.Cells[c], columns[c].Kind);
            word[c] = Math.Max(word[c], TextMeasure.LongestWord(shown, bold: bold));
            widest[c] = Math.Max(widest[c], TextMeasure.Width(shown, bold: bold));
        }
    }

    public PrintPlan Plan()
    {
        var n = columns.Count;
        var natural = new double[n];
        var minimum = new double[n];
        var shrinkable = new bool[n];
        for (var c = 0; c < n; c++)
        {
            var longestWord = word[c] + 1.5;
            var widestCell = widest[c] + 1.5;
            shrinkable[c] = columns[c].Kind == ExcelCellKind.Text;
            natural[c] = Math.Ceiling(shrinkable[c]
                ? Math.Max(longestWord, Math.Min(widestCell, columns[c].Width))
                : Math.Max(longestWord, widestCell + 0.5));
            minimum[c] = Math.Min(natural[c], Math.Max(Math.Ceiling(longestWord), 6));
        }
        return PrintPlan.For(natural, minimum, shrinkable);
    }
}
