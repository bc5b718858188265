namespace KhuyenCong.Web.Infrastructure.Excel;

public enum ExcelCellKind
{
    Text,
    /// <summary>A whole number with thousands separators (counts, ordinal numbers).</summary>
    Integer,
    /// <summary>
    /// An amount in triệu đồng, up to three decimals (whole đồng ÷ 1,000,000 is exact to 6 places, shown to 3).
    /// </summary>
    Million,
    /// <summary>A ratio 0..1 shown as a percentage with one decimal.</summary>
    Percent,
    Date,
    /// <summary>A year: a plain integer, never "2,022".</summary>
    Year,
}
