using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Reports;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;
using WebPeriod = KhuyenCong.Web.Features.Reports.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>
/// The province's implementation report of a period, from the one report query of the portal
/// (<see cref="ReportQuery.ImplementationAsync"/>): taken live (to preview and to freeze at submission), and rebuilt
/// from the frozen rows, so the ministry reads and downloads exactly what was sent with the same Excel writer.
/// </summary>
public sealed class ReportSnapshot(AppDbContext db, ReportQuery reports)
{
    /// <summary>The report as it stands now, for the department's scope, in today's boundaries.</summary>
    public async Task<ImplementationReport> LiveAsync(UnitScope scope, Period period, string provinceName,
        CancellationToken ct)
    {
        var map = await ProvinceMap.LoadAsync(db, ct);
        return await reports.ImplementationAsync(scope, Filter(period), provinceName, map, ct);
    }

    /// <summary>The live report as rows to freeze, and what the province's recipients got per fund.</summary>
    public static (IReadOnlyList<ReportSubmissionRow> Rows, Vnd Kcqg, Vnd Kcdp) Freeze(ImplementationReport report)
    {
        var rows = report.Provinces.SelectMany(p => p.Funds).SelectMany(f => f.Rows)
            .Select(r => new ReportSubmissionRow(r.Id, r.Code, r.Name, r.Kind, r.Implementer, r.Beneficiaries,
                r.Location, r.Content, r.DecisionNumber, r.DecisionDate, r.Fund, r.TotalCost, r.Support,
                r.Counterpart, r.Disbursed, r.Settled, r.Status))
            .ToList();
        Vnd Allocated(Fund fund) => report.Provinces.SelectMany(p => p.Funds).Where(f => f.Fund == fund)
            .Aggregate(Vnd.Zero, (sum, f) => sum + f.Totals.Allocated);
        return (rows, Allocated(Fund.Kcqg), Allocated(Fund.Kcdp));
    }

    /// <summary>The submitted report, from its frozen rows (the latest sending), in the report's own shape.</summary>
    public static ImplementationReport Rebuild(ReportSubmission submission, Period period, string provinceName,
        string? provinceCode)
    {
        var rows = submission.CurrentRows.OrderBy(r => r.Fund).ThenBy(r => r.ProjectCode, StringComparer.Ordinal)
            .Select(r => new ImplementationRow(r.ProjectId, r.ProjectCode, r.ProjectName, r.Kind, r.Implementer,
                r.Beneficiaries, r.Location, r.Content, r.DecisionNumber, r.DecisionDate, r.Fund,
                new Vnd(r.TotalCostDong), new Vnd(r.SupportDong), new Vnd(r.CounterpartDong),
                new Vnd(r.DisbursedDong), new Vnd(r.SettledDong), r.Status))
            .ToList();
        var funds = Enum.GetValues<Fund>()
            .Select(fund =>
            {
                var fundRows = rows.Where(r => r.Fund == fund).ToList();
                var allocated = new Vnd(fund == Fund.Kcqg
                    ? submission.AllocatedKcqgDong : submission.AllocatedKcdpDong);
                return new FundGroup(fund, fundRows, ReportTotals.Of(fundRows, allocated));
            })
            .Where(g => g.Rows.Count > 0 || !g.Totals.Allocated.IsZero)
            .ToList();
        return new ImplementationReport(Filter(period), provinceName,
            [new ProvinceGroup(provinceCode, provinceName, funds)]);
    }

    public static ReportFilter Filter(Period period) => new(period.Year,
        period.Kind == ReportPeriodKind.FirstHalf ? WebPeriod.FirstHalf : WebPeriod.Year, BoundaryView.Current);
}
