using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Boundaries;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>The 6-month report runs 01/01–30/06, the annual one the whole year.</summary>
public enum ReportPeriod
{
    FirstHalf = 1,
    Year = 2,
}

/// <summary>
/// A report's period: projects are counted by plan year; money figures (allocated, disbursed, settled) are
/// those dated on or before the period's last day, so a 6-month report shows the situation at 30/06.
/// </summary>
public sealed record ReportFilter(int Year, ReportPeriod Period, BoundaryView Boundaries)
{
    public DateOnly End => Period == ReportPeriod.FirstHalf ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public string PeriodName => Period == ReportPeriod.FirstHalf ? $"6 tháng đầu năm {Year}" : $"năm {Year}";
}

/// <summary>One project of the implementation report; the support sits in the column of its fund.</summary>
public sealed record ImplementationRow(
    int Id, string Code, string Name, ProjectKind Kind, string Implementer, string Beneficiaries, string Location,
        string Content,
    string? DecisionNumber, DateOnly? DecisionDate, Fund Fund, Vnd TotalCost, Vnd Support, Vnd Counterpart,
        Vnd Disbursed, Vnd Settled,
    ProjectStatus Status)
{
    /// <summary>
    /// Per project the rate is disbursed ÷ approved support (a project has no allocation of its own).
    /// </summary>
    public double? DisbursedRate => Support.IsZero ? null : (double)Disbursed.Dong / Support.Dong;
}

/// <summary>
/// Column sums of a group; allocated is the allocation to the group's recipients, rate = disbursed ÷ allocated (DOMAIN
/// §4).
/// </summary>
public sealed record ReportTotals(Vnd TotalCost, Vnd Kcqg, Vnd Kcdp, Vnd Counterpart, Vnd Allocated, Vnd Disbursed,
    Vnd Settled)
{
    public static ReportTotals Zero { get; } =
        new(Vnd.Zero, Vnd.Zero, Vnd.Zero, Vnd.Zero, Vnd.Zero, Vnd.Zero, Vnd.Zero);

    public double? DisbursedRate => Allocated.IsZero ? null : (double)Disbursed.Dong / Allocated.Dong;

    public static ReportTotals Of(IEnumerable<ImplementationRow> rows, Vnd allocated)
        => rows.Aggregate(Zero with { Allocated = allocated }, (t, r) => t with
    {
        TotalCost = t.TotalCost + r.TotalCost,
        Kcqg = r.Fund == Fund.Kcqg ? t.Kcqg + r.Support : t.Kcqg,
        Kcdp = r.Fund == Fund.Kcdp ? t.Kcdp + r.Support : t.Kcdp,
        Counterpart = t.Counterpart + r.Counterpart,
        Disbursed = t.Disbursed + r.Disbursed,
        Settled = t.Settled + r.Settled,
    });

    public static ReportTotals operator +(ReportTotals a, ReportTotals b)
        => new(a.TotalCost + b.TotalCost, a.Kcqg + b.Kcqg, a.Kcdp + b.Kcdp,
        a.Counterpart + b.Counterpart, a.Allocated + b.Allocated, a.Disbursed + b.Disbursed, a.Settled + b.Settled);
}

public sealed record FundGroup(Fund Fund, IReadOnlyList<ImplementationRow> Rows, ReportTotals Totals);

/// <summary>
/// A province of the report (in the chosen boundary view); a null code holds the allocations to central units.
/// </summary>
public sealed record ProvinceGroup(string? Code, string Name, IReadOnlyList<FundGroup> Funds)
{
    public ReportTotals Totals => Funds.Aggregate(ReportTotals.Zero, (t, f) => t + f.Totals);
}

public sealed record ImplementationReport(ReportFilter Filter, string ScopeName, IReadOnlyList<ProvinceGroup> Provinces)
{
    public ReportTotals Totals => Provinces.Aggregate(ReportTotals.Zero, (t, p) => t + p.Totals);
    public int ProjectCount => Provinces.Sum(p => p.Funds.Sum(f => f.Rows.Count));
}

/// <summary>
/// One line of the indicator summary; certified products belong to no fund, so only their total is filled.
/// </summary>
public sealed record IndicatorRow(string Key, string Name, string Unit, decimal? Kcqg, decimal? Kcdp, decimal Total);

public sealed record IndicatorReport(ReportFilter Filter, string ScopeName, IReadOnlyList<IndicatorRow> Rows);
