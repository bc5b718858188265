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
        => rows.Aggregate(Zero with { Allocated = allocated }, (t, r) => t.Plus(r));

    /// <summary>These sums with one more project (its support in the column of its fund).</summary>
    public ReportTotals Plus(ImplementationRow r) => this with
    {
        TotalCost = TotalCost + r.TotalCost,
        Kcqg = r.Fund == Fund.Kcqg ? Kcqg + r.Support : Kcqg,
        Kcdp = r.Fund == Fund.Kcdp ? Kcdp + r.Support : Kcdp,
        Counterpart = Counterpart + r.Counterpart,
        Disbursed = Disbursed + r.Disbursed,
        Settled = Settled + r.Settled,
    };

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

    /// <summary>
    /// The report line by line in print order, as <see cref="ReportQuery.ImplementationItemsAsync"/> gives it.
    /// </summary>
    public IEnumerable<ImplementationItem> Items()
    {
        foreach (var province in Provinces)
        {
            yield return new(ImplementationItemKind.Province, province.Code, province.Name);
            foreach (var fund in province.Funds)
            {
                foreach (var row in fund.Rows)
                    yield return new(ImplementationItemKind.Project, province.Code, province.Name, row);
                yield return new(ImplementationItemKind.FundTotal, province.Code, province.Name, Fund: fund.Fund,
                    Totals: fund.Totals);
            }
            yield return new(ImplementationItemKind.ProvinceTotal, province.Code, province.Name,
                Totals: province.Totals);
        }
        yield return new(ImplementationItemKind.Total, null, "", Totals: Totals);
    }
}

/// <summary>
/// One line of the indicator summary; certified products belong to no fund, so only their total is filled.
/// </summary>
public sealed record IndicatorRow(string Key, string Name, string Unit, decimal? Kcqg, decimal? Kcdp, decimal Total);

public sealed record IndicatorReport(ReportFilter Filter, string ScopeName, IReadOnlyList<IndicatorRow> Rows);
