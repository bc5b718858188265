using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Features.Dashboard;
using KhuyenCong.Web.Features.Boundaries;
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
    public async Task<ImplementationReport> ImplementationAsync(UnitScope scope, ReportFilter filter, string scopeName,
        ProvinceMap map, CancellationToken ct)
    {
        var end = filter.End;
        var approvedStates = ProjectStatusGroups.Approved;
        var reported = db.Projects.AsNoTracking().InScope(scope)
            .Where(p => p.Year == filter.Year && approvedStates.Contains(p.Status));
        var rows = await reported
            .OrderBy(p => p.ProvinceCode).ThenBy(p => p.Fund).ThenBy(p => p.Code)
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.Kind, Implementer = p.ImplementingOrganisation!.Name, Location =
                    p.LocationUnit!.Name,
                Content = p.ActivityContent!.Name, p.ApprovalDecisionNumber, p.ApprovalDecisionDate, p.Fund,
                    p.TotalCostDong,
                Support = p.ApprovedSupportDong ?? 0, p.Status, p.ProvinceCode,
                Counterpart = p.CostLines.Sum(c => c.ContributionDong),
                Disbursed = p.Disbursements.Where(d => d.Date <= end).Sum(d => d.AmountDong),
                Settled = p.SettlementDate != null && p.SettlementDate <= end ? p.SettledDong ?? 0 : 0,
            })
            .ToListAsync(ct);

        // Beneficiary names in one query for all rows (no per-project round trip), selected by the same filter
        // rather than by a list of ids, so the command's parameters do not grow with the report.
        var reportedIds = reported.Select(p => p.Id);
        var beneficiaries = (await db.Set<ProjectBeneficiary>().AsNoTracking()
                .Where(b => reportedIds.Contains(b.ProjectId))
                .Join(db.Establishments, b => b.EstablishmentId, e => e.Id,
                    (b, e) => new { b.ProjectId, e.Id, e.Name, e.SearchKey })
                .ToListAsync(ct))
            // Ordered by the normalised key, as the other beneficiary lists are (not by the culture's name order).
            .GroupBy(b => b.ProjectId).ToDictionary(g => g.Key, g => string.Join("; ", g
                .OrderBy(b => b.SearchKey, StringComparer.Ordinal).ThenBy(b => b.Id).Select(b => b.Name)));

        var allocations = await overview.AllocatedByProvinceAsync(scope, filter.Year, decidedBy: end, ct);

        string? Fold(string? code) => code is null ? null : map.Fold(code, filter.Boundaries);
        var projectRows = rows.Select(r
            => (Province: Fold(r.ProvinceCode), Row: new ImplementationRow(r.Id, r.Code, r.Name, r.Kind, r.Implementer,
            beneficiaries.GetValueOrDefault(r.Id, ""), r.Location, r.Content, r.ApprovalDecisionNumber,
                r.ApprovalDecisionDate, r.Fund,
            new Vnd(r.TotalCostDong), new Vnd(r.Support), new Vnd(r.Counterpart), new Vnd(r.Disbursed),
                new Vnd(r.Settled), r.Status))).ToList();
        var provinces = projectRows.Select(r => r.Province).Concat(allocations.Select(a => Fold(a.Province)))
            .Distinct().OrderBy(c => c is null ? 1 : 0).ThenBy(c => c, StringComparer.Ordinal).ToList();

        // One lookup of the listed rows by province and fund (the report lists every project: each is folded once).
        var byGroup = projectRows.ToLookup(r => (r.Province, r.Row.Fund), r => r.Row);
        var generation = BoundaryViews.Generation(filter.Boundaries, filter.Year);
        var groups = provinces.Select(code => new ProvinceGroup(code,
            code is null ? BudgetByProvince.CentralName : map.Name(code, generation),
            [.. Enum.GetValues<Fund>()
                .Select(fund =>
                {
                    var fundRows = byGroup[(code, fund)].ToList();
                    var allocated = new Vnd(allocations.Where(a => a.Fund == fund && Fold(a.Province) == code)
                        .Sum(a => a.Sum));
                    return new FundGroup(fund, fundRows, ReportTotals.Of(fundRows, allocated));
                })
                .Where(g => g.Rows.Count > 0 || !g.Totals.Allocated.IsZero)]))
            .ToList();
        return new ImplementationReport(filter, scopeName, groups);
    }

    /// <summary>How many project rows <see cref="ImplementationAsync"/> lists: the export decides on it.</summary>
    public Task<int> CountAsync(UnitScope scope, ReportFilter filter, CancellationToken ct)
    {
        var approvedStates = ProjectStatusGroups.Approved;
        return db.Projects.InScope(scope)
            .Where(p => p.Year == filter.Year && approvedStates.Contains(p.Status)).CountAsync(ct);
    }

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

    private sealed record FundIndicators(Fund Fund, int Projects, long Support, int Establishments, int Workers,
        int Models, int Machines);
}
