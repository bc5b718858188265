using System.Runtime.CompilerServices;
using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Features.Dashboard;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>
/// The official reports a department sends to the ministry. Which projects: those of the plan year, in scope,
/// in an approved state (<see cref="ProjectStatusGroups.Approved"/>), i.e. the projects being carried out.
/// "Allocated" is ambiguous per project (an allocation goes to an organisation for a fund and year, not to a
/// project), so a project row shows its approved support and the province/fund subtotal shows what that
/// province's recipients were allocated from the fund by the period end; allocations to central units form
/// a group of their own, so the grand total equals the budget overview's allocated.
/// </summary>
public sealed class ReportQuery(AppDbContext db, DashboardQuery dashboard, BudgetOverviewQuery overview)
{
    /// <summary>The whole report in memory, for its page and the formatted workbook of a short report.</summary>
    public async Task<ImplementationReport> ImplementationAsync(UnitScope scope, ReportFilter filter, string scopeName,
        ProvinceMap map, CancellationToken ct)
    {
        var provinces = new List<ProvinceGroup>();
        var funds = new List<FundGroup>();
        var rows = new List<ImplementationRow>();
        await foreach (var item in ImplementationItemsAsync(scope, filter, map, ct))
        {
            switch (item.Kind)
            {
                case ImplementationItemKind.Project:
                    rows.Add(item.Row!);
                    break;
                case ImplementationItemKind.FundTotal:
                    funds.Add(new FundGroup(item.Fund!.Value, rows, item.Totals!));
                    rows = [];
                    break;
                case ImplementationItemKind.ProvinceTotal:
                    provinces.Add(new ProvinceGroup(item.ProvinceCode, item.ProvinceName, funds));
                    funds = [];
                    break;
            }
        }
        return new ImplementationReport(filter, scopeName, provinces);
    }

    /// <summary>
    /// The report line by line in print order, read from the database while it is written, so that memory does
    /// not grow with the rows (issue 16): the provinces (folded into the chosen boundary view) are known first
    /// from the distinct province codes and the allocations; then the projects of each recorded province code and
    /// fund come in one query (one code at a time, so that SQLite reads them through the province's index), with
    /// their beneficiaries joined in the same query (one row per beneficiary, consecutive), and the sums are kept
    /// as the rows pass. Each query's parameters are the filter, one code and one fund, never one per project.
    /// </summary>
    public async IAsyncEnumerable<ImplementationItem> ImplementationItemsAsync(UnitScope scope, ReportFilter filter,
        ProvinceMap map, [EnumeratorCancellation] CancellationToken ct)
    {
        var reported = Reported(scope, filter);
        var codes = await reported.Select(p => p.ProvinceCode).Distinct().ToListAsync(ct);
        var allocations = await overview.AllocatedByProvinceAsync(scope, filter.Year, decidedBy: filter.End, ct);
        var renamed = await db.RenamedOrganisationsAsync(ct);

        string? Fold(string? code) => code is null ? null : map.Fold(code, filter.Boundaries);
        var provinces = codes.Select(Fold).Concat(allocations.Select(a => Fold(a.Province)))
            .Distinct().OrderBy(c => c is null ? 1 : 0).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var generation = BoundaryViews.Generation(filter.Boundaries, filter.Year);
        var total = ReportTotals.Zero;
        foreach (var code in provinces)
        {
            var name = code is null ? BudgetByProvince.CentralName : map.Name(code, generation);
            yield return new(ImplementationItemKind.Province, code, name);
            // The recorded codes in the database's order (the report was ordered by province code, fund, code).
            var recorded = codes.Where(c => Fold(c) == code).Order(StringComparer.Ordinal).ToList();
            var province = ReportTotals.Zero;
            foreach (var fund in Enum.GetValues<Fund>())
            {
                var allocated = new Vnd(allocations.Where(a => a.Fund == fund && Fold(a.Province) == code)
                    .Sum(a => a.Sum));
                var sums = ReportTotals.Zero with { Allocated = allocated };
                var listed = false;
                foreach (var recordedCode in recorded)
                {
                    await foreach (var row in RowsAsync(reported, recordedCode, fund, filter.End, renamed, ct))
                    {
                        sums = sums.Plus(row);
                        listed = true;
                        yield return new(ImplementationItemKind.Project, code, name, row);
                    }
                }
                if (!listed && allocated.IsZero) continue;
                yield return new(ImplementationItemKind.FundTotal, code, name, Fund: fund, Totals: sums);
                province += sums;
            }
            yield return new(ImplementationItemKind.ProvinceTotal, code, name, Totals: province);
            total += province;
        }
        yield return new(ImplementationItemKind.Total, null, "", Totals: total);
    }

    /// <summary>The projects the report lists: of the plan year, in scope, in an approved state.</summary>
    private IQueryable<Project> Reported(UnitScope scope, ReportFilter filter)
    {
        var approvedStates = ProjectStatusGroups.Approved;
        return db.Projects.AsNoTracking().InScope(scope)
            .Where(p => p.Year == filter.Year && approvedStates.Contains(p.Status));
    }

    /// <summary>
    /// The projects of one fund recorded under one province code, by code, each with its beneficiaries ordered by
    /// the normalised key (ordinal) then id, as the other beneficiary lists are.
    /// </summary>
    private async IAsyncEnumerable<ImplementationRow> RowsAsync(IQueryable<Project> reported, string recorded,
        Fund fund, DateOnly end, IReadOnlyDictionary<int, Organisation> renamed,
        [EnumeratorCancellation] CancellationToken ct)
    {
        // Two plain left joins (a joined subquery is materialised whole for every query); one code, not a list of
        // codes, so that SQLite reads the province's index rather than the whole year's.
        var lines =
            from p in reported.Where(p => p.ProvinceCode == recorded && p.Fund == fund)
            from b in p.Beneficiaries.DefaultIfEmpty()
            from e in db.Establishments.Where(e => e.Id == b.EstablishmentId).DefaultIfEmpty()
            orderby p.Code
            select new
            {
                p.Id, p.Code, p.Name, p.Kind, Implementer = p.ImplementingOrganisation!.Name,
                p.ImplementingOrganisationId, p.Year, p.CreatedAtUtc,
                Location = p.LocationUnit!.Name, Content = p.ActivityContent!.Name, p.ApprovalDecisionNumber,
                p.ApprovalDecisionDate, p.Fund, p.TotalCostDong, Support = p.ApprovedSupportDong ?? 0, p.Status,
                Counterpart = p.CostLines.Sum(c => c.ContributionDong),
                Disbursed = p.Disbursements.Where(d => d.Date <= end).Sum(d => d.AmountDong),
                Settled = p.SettlementDate != null && p.SettlementDate <= end ? p.SettledDong ?? 0 : 0,
                BeneficiaryId = (int?)e.Id, BeneficiaryName = e.Name, BeneficiaryKey = e.SearchKey,
            };
        var names = new List<(string Key, int Id, string Name)>();
        ImplementationRow? row = null;
        await foreach (var l in lines.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row?.Id != l.Id)
            {
                if (row is not null) yield return WithBeneficiaries(row, names);
                // The implementer by its name on the project's date (a renamed unit: "tên cũ (nay là tên mới)").
                var implementer = renamed.NameOn(l.ImplementingOrganisationId, l.Implementer,
                    ProjectDetailsQuery.RecordDate(l.ApprovalDecisionDate, l.Year, l.CreatedAtUtc));
                row = new ImplementationRow(l.Id, l.Code, l.Name, l.Kind, implementer, "", l.Location, l.Content,
                    l.ApprovalDecisionNumber, l.ApprovalDecisionDate, l.Fund, new Vnd(l.TotalCostDong),
                    new Vnd(l.Support), new Vnd(l.Counterpart), new Vnd(l.Disbursed), new Vnd(l.Settled), l.Status);
                names.Clear();
            }
            if (l.BeneficiaryId is { } id) names.Add((l.BeneficiaryKey, id, l.BeneficiaryName));
        }
        if (row is not null) yield return WithBeneficiaries(row, names);
    }

    private static ImplementationRow WithBeneficiaries(
        ImplementationRow row, List<(string Key, int Id, string Name)> names) => names.Count == 0 ? row : row with
        {
            Beneficiaries = string.Join("; ", names.OrderBy(b => b.Key, StringComparer.Ordinal).ThenBy(b => b.Id)
                .Select(b => b.Name)),
        };

    /// <summary>
    /// The report's grand total and its number of projects, read before its rows (inside the export's one read
    /// snapshot, so they are the figures the total row will show): the streamed workbook sizes its columns by them.
    /// Each sum is one plain query (an aggregate over a subquery is refused by SQL Server).
    /// </summary>
    public async Task<(int Count, ReportTotals Totals)> ImplementationTotalsAsync(UnitScope scope, ReportFilter filter,
        CancellationToken ct)
    {
        var sums = await ImplementationSums(scope, filter).SingleOrDefaultAsync(ct);
        if (sums is null) return (0, ReportTotals.Zero);
        var counterpart = await ImplementationCounterparts(scope, filter).SumAsync(ct);
        var disbursed = await ImplementationDisbursed(scope, filter).SumAsync(ct);
        var allocated = (await overview.AllocatedByProvinceAsync(scope, filter.Year, decidedBy: filter.End, ct))
            .Sum(a => a.Sum);
        return (sums.Count, new ReportTotals(new Vnd(sums.Cost), new Vnd(sums.Kcqg), new Vnd(sums.Kcdp),
            new Vnd(counterpart), new Vnd(allocated), new Vnd(disbursed), new Vnd(sums.Settled)));
    }

    /// <summary>The sums of <see cref="ImplementationTotalsAsync"/> taken from the projects' own columns.</summary>
    internal IQueryable<ProjectSums> ImplementationSums(UnitScope scope, ReportFilter filter)
    {
        var end = filter.End;
        return Reported(scope, filter).GroupBy(p => 1).Select(g => new ProjectSums(g.Count(),
            g.Sum(p => p.TotalCostDong), g.Sum(p => p.Fund == Fund.Kcqg ? p.ApprovedSupportDong ?? 0 : 0),
            g.Sum(p => p.Fund == Fund.Kcdp ? p.ApprovedSupportDong ?? 0 : 0),
            g.Sum(p => p.SettlementDate != null && p.SettlementDate <= end ? p.SettledDong ?? 0 : 0)));
    }

    internal IQueryable<long> ImplementationCounterparts(UnitScope scope, ReportFilter filter) =>
        Reported(scope, filter).SelectMany(p => p.CostLines).Select(c => c.ContributionDong);

    internal IQueryable<long> ImplementationDisbursed(UnitScope scope, ReportFilter filter)
    {
        var end = filter.End;
        return Reported(scope, filter).SelectMany(p => p.Disbursements).Where(d => d.Date <= end)
            .Select(d => d.AmountDong);
    }

    /// <summary>How many project rows <see cref="ImplementationAsync"/> lists: the export decides on it.</summary>
    public Task<int> CountAsync(UnitScope scope, ReportFilter filter, CancellationToken ct) =>
        Reported(scope, filter).CountAsync(ct);

    /// <summary>
    /// The indicator summary over the same projects as the implementation report, per fund, plus certified products.
    /// </summary>
    public async Task<IndicatorReport> IndicatorsAsync(ClaimsPrincipal user, UnitScope scope, ReportFilter filter,
        string scopeName, CancellationToken ct)
    {
        var approvedStates = ProjectStatusGroups.Approved;
        var byFund = await db.Projects.AsNoTracking().InScope(scope)
            .Where(p => p.Year == filter.Year && approvedStates.Contains(p.Status))
            .GroupBy(p => p.Fund)
            .Select(g => new FundIndicators(g.Key, g.Count(), g.Sum(p => p.ApprovedSupportDong ?? 0),
                g.Sum(p => p.EstablishmentsSupported), g.Sum(p => p.WorkersTrained), g.Sum(p => p.DemonstrationModels),
                    g.Sum(p => p.Machines)))
            .ToListAsync(ct);
        var certified = (await dashboard.ProductsAsync(user, scope, filter.Year, null, filter.End, ct))
            .Sum(p => p.Certified);

        IndicatorRow Line(string key, string name, string unit, Func<FundIndicators, decimal> value)
        {
            var kcqg = byFund.Where(f => f.Fund == Fund.Kcqg).Select(f => value(f)).DefaultIfEmpty(0m).Sum();
            var kcdp = byFund.Where(f => f.Fund == Fund.Kcdp).Select(f => value(f)).DefaultIfEmpty(0m).Sum();
            return new IndicatorRow(key, name, unit, kcqg, kcdp, kcqg + kcdp);
        }
        return new IndicatorReport(filter, scopeName,
        [
            Line("projects", "Số đề án", "Đề án", f => (decimal)f.Projects),
            Line("support", "Kinh phí hỗ trợ được phê duyệt", "triệu đồng", f => new Vnd(f.Support).Millions),
            Line("establishments", "Cơ sở công nghiệp nông thôn được hỗ trợ", "Cơ sở", f => (decimal)f.Establishments),
            Line("workers", "Lao động được đào tạo", "Người", f => (decimal)f.Workers),
            Line("models", "Mô hình trình diễn kỹ thuật", "Mô hình", f => (decimal)f.Models),
            Line("machines", "Máy móc thiết bị, dây chuyền được hỗ trợ", "Máy, dây chuyền", f => (decimal)f.Machines),
            new IndicatorRow("certified", "Sản phẩm công nghiệp nông thôn tiêu biểu được chứng nhận", "Sản phẩm", null,
                null, certified),
        ]);
    }

    internal sealed record ProjectSums(int Count, long Cost, long Kcqg, long Kcdp, long Settled);

    private sealed record FundIndicators(Fund Fund, int Projects, long Support, int Establishments, int Workers,
        int Models, int Machines);
}
