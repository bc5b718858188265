namespace KhuyenCong.Domain.Cycle;

/// <summary>The two implementation reports of a year: the 6-month one (to 30/06) and the annual one.</summary>
public enum ReportPeriodKind
{
    FirstHalf = 1,
    Year = 2,
}
