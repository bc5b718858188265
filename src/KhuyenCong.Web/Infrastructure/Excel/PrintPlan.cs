namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// How a table goes on A4 (issue 14): portrait when it fits, else landscape; fitted to the page width as long as
/// the body text stays at least <see cref="MinimumFontSize"/> pt, text columns narrowed (wrapping) to get there;
/// a table still too wide is printed at that size over several pages across, its first columns repeated.
/// </summary>
public sealed record PrintPlan(double[] Widths, bool Landscape, bool FitToWidth, int Scale, int RepeatedColumns)
{
    public const double MinimumFontSize = 8;
    /// <summary>Left and right margins in inches (10 mm), top and bottom (15 mm).</summary>
    public const double SideMargin = 0.4, EndMargin = 0.6;
    private const double MillimetresPerUnit = 1.85, MillimetresPerColumn = 1.3;

    public static double PrintableWidth(bool landscape) => (landscape ? 297 : 210) - 2 * SideMargin * 25.4;
    public static double PrintableHeightPoints(bool landscape)
        => ((landscape ? 210 : 297) - 2 * EndMargin * 25.4) / 25.4 * 72;

    /// <summary>The printed width in millimetres of columns <paramref name="widths"/> wide at 100 %.</summary>
    public static double Millimetres(IEnumerable<double> widths)
        => widths.Sum(w => w * MillimetresPerUnit + MillimetresPerColumn);

    /// <summary>The scale the page will print at (1 = 100 %).</summary>
    public double EffectiveScale =>
        FitToWidth ? Math.Min(1, PrintableWidth(Landscape) / Millimetres(Widths)) : Scale / 100.0;

    public static PrintPlan For(double[] natural, double[] minimum, bool[] shrinkable)
    {
        var smallest = MinimumFontSize / OfficialSheetWriter.BodyFontSize;
        var width = Millimetres(natural);
        // Portrait while it prints at 90 % or more; landscape otherwise.
        if (width * 0.9 <= PrintableWidth(false)) return new(natural, false, true, 100, 0);
        var target = PrintableWidth(true) / smallest;
        if (width <= target) return new(natural, true, true, 100, 0);

        var room = Enumerable.Range(0, natural.Length)
            .Sum(i => shrinkable[i] ? Math.Max(0, natural[i] - minimum[i]) * MillimetresPerUnit : 0);
        var excess = width - target;
        if (room >= excess)
        {
            var share = excess / room;
            var narrowed = natural.Select((w, i) => shrinkable[i] && w > minimum[i]
                ? Math.Floor((w - (w - minimum[i]) * share) * 10) / 10 : w).ToArray();
            return new(narrowed, true, true, 100, 0);
        }
        var narrowest = natural.Select((w, i) => shrinkable[i] ? Math.Min(w, minimum[i]) : w).ToArray();
        return new(narrowest, true, false, (int)(smallest * 100), Math.Min(2, natural.Length - 1));
    }
}
