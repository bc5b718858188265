using System.Runtime.CompilerServices;
namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// Where the formatted sheet's pages break (issue 14): before a group heading that would otherwise end a page with
/// none of its rows, and before the signature block when it would not fit under the table. Told each row's height
/// in order (a heading is decided when the row after it is known), so a streamed sheet needs no row kept.
/// </summary>
public sealed class PageBreaker(PrintPlan plan, int headerRow)
{
    /// <summary>The height of a row nothing was said about (Excel's default at the body font).</summary>
    public const double DefaultHeight = 15;

    private readonly double page = PrintPlan.PrintableHeightPoints(plan.Landscape) / plan.EffectiveScale;
    private readonly List<int> breaks = [];
    private double used, header;
    private (int Row, double Height)? heading;

    /// <summary>The rows after which a page breaks (Excel's row break ids).</summary>
    public IReadOnlyList<int> Breaks => breaks;

    /// <summary>The next row of the sheet, from the first down to the last before the signature block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Row(int row, double height, bool group)
    {
        if (heading is { } g)
        {
            Decide(g.Row, g.Height, g.Height + height, group: true);
            heading = null;
        }
        if (group) heading = (row, height);
        else Decide(row, height, height, group: false);
    }

    /// <summary>The signature block, <paramref name="height"/> points from row <paramref name="firstRow"/>.</summary>
    public void End(int firstRow, double height)
    {
        if (heading is { } g) Decide(g.Row, g.Height, g.Height + DefaultHeight, group: true);
        heading = null;
        if (used + height > page) breaks.Add(firstRow - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Decide(int row, double height, double keep, bool group)
    {
        if (row == headerRow) header = height;
        if (row > headerRow && used + keep > page)
        {
            if (group) breaks.Add(row - 1);
            used = header;
        }
        used += height;
    }
}
