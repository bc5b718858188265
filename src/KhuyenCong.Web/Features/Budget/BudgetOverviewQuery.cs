using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>
/// The budget overview for what a user may see: the screen, its Excel file and the summary API all
/// read this one result, so they cannot disagree. Sums are computed by the database (GROUP BY).
/// </summary>
public sealed class BudgetOverviewQuery(AppDbContext db)
{
    public async Task<BudgetOverview> RunAsync(UnitScope scope, BudgetFilter filter, CancellationToken ct)
    {
        var sources = Sources(scope, filter);
        var planRows = await sources.Plans.ToListAsync(ct);
        var recipientRows = await sources.Allocated.ToListAsync(ct);
        var execution = await sources.Execution.ToListAsync(ct);
        var byProvince = await sources.PlanExecution.ToListAsync(ct);

        // A plan's own execution: the projects of its fund and year, for a province's plan those in that province.
        var planList = planRows.Select(p =>
        {
            var own = byProvince.Where(e => e.Fund == p.Fund && (p.OwnerCode == null || e.ProvinceCode == p.OwnerCode))
                .ToList();
            return new PlanRow(p.Id, p.Fund, p.Owner ?? "Bộ Công Thương", p.DecisionNumber, p.DecisionDate,
                new BudgetFigures(new Vnd(p.EstimateDong), new Vnd(p.AllocatedDong), new Vnd(own.Sum(e => e.Approved)),
                    new Vnd(own.Sum(e => e.Disbursed)), new Vnd(own.Sum(e => e.Settled))));
        }).ToList();
        var recipientList = recipientRows
            .Select(r => new RecipientRow(r.PlanId, r.Fund, r.RecipientId, r.Name, r.Area,
                BudgetFigures.Zero with { Allocated = new Vnd(r.Allocated) }))
            .ToList();
        foreach (var e in execution)
        {
            var index = recipientList.FindIndex(r => r.Fund == e.Fund && r.RecipientId == e.ImplementingOrganisationId);
            var row = index >= 0 ? recipientList[index]
                : new RecipientRow(null, e.Fund, e.ImplementingOrganisationId, e.Name, e.Area, BudgetFigures.Zero);
            row = row with
            {
                Figures = row.Figures with
                {
                    Approved = new Vnd(e.Approved), Disbursed = new Vnd(e.Disbursed), Settled = new Vnd(e.Settled),
                },
            };
            if (index >= 0) recipientList[index] = row; else recipientList.Add(row);
        }
        recipientList = recipientList
            .OrderBy(r => r.Fund).ThenBy(r => r.Area == null ? 0 : 1).ThenBy(r => r.Area, VietnameseText.NameOrder)
            .ThenBy(r => r.Recipient, VietnameseText.NameOrder).ThenBy(r => r.RecipientId).ThenBy(r => r.PlanId)
            .ToList();

        var funds = Enum.GetValues<Fund>()
            .Where(f => filter.Fund is null || filter.Fund == f)
            .Select(f => new FundRow(f,
                BudgetFigures.Sum(recipientList.Where(r => r.Fund == f).Select(r => r.Figures)) with
            {
                Estimate = new Vnd(planList.Where(p => p.Fund == f).Sum(p => p.Figures.Estimate.Dong)),
            }))
            .ToList();
        return new BudgetOverview(filter, funds, planList, recipientList);
    }

    /// <summary>
    /// The overview's database queries, not yet run: <see cref="RunAsync"/> runs them and merges the rows; the
    /// SQL Server checks read their SQL without a server.
    /// </summary>
    public BudgetOverviewSources Sources(UnitScope scope, BudgetFilter filter)
    {
        var (plans, allocations, projects) =
            (Plans(scope, filter), Allocations(scope, filter), Projects(scope, filter));

        var planRows = plans
            .OrderBy(p => p.Fund).ThenBy(p => p.OwnerUnit!.Code)
            .Select(p => new PlanSource(p.Id, p.Fund, p.OwnerUnit != null ? p.OwnerUnit.Name : null, p.DecisionNumber,
                p.DecisionDate, p.EstimateDong, p.AllocatedDong, p.OwnerUnit != null ? p.OwnerUnit.Code : null));
        var recipientRows = allocations
            .GroupBy(a => new
            {
                a.PlanId, a.Plan!.Fund, a.RecipientId, a.Recipient!.Name,
                Area = a.Recipient.ScopeUnit != null ? a.Recipient.ScopeUnit.Name : null,
            })
            .Select(g => new AllocatedSource(g.Key.PlanId, g.Key.Fund, g.Key.RecipientId, g.Key.Name, g.Key.Area,
                g.Sum(a => a.AmountDong)));

        // Approved, disbursed and settled come from the projects in scope, by implementing organisation.
        var approvedStates = ProjectStatusGroups.Approved;
        var execution = projects
            .GroupBy(p => new
            {
                p.Fund, p.ImplementingOrganisationId, p.ImplementingOrganisation!.Name,
                Area = p.ImplementingOrganisation.ScopeUnit != null ? p.ImplementingOrganisation.ScopeUnit.Name : null,
            })
            .Select(g => new ExecutionSource(
                g.Key.Fund, g.Key.ImplementingOrganisationId, g.Key.Name, g.Key.Area,
                g.Sum(p => approvedStates.Contains(p.Status) ? p.ApprovedSupportDong ?? 0 : 0),
                g.Sum(p => p.DisbursedDong),
                g.Sum(p => p.SettledDong ?? 0)));
        var planExecution = projects
            .GroupBy(p => new { p.Fund, p.ProvinceCode })
            .Select(g => new PlanExecutionSource(g.Key.Fund, g.Key.ProvinceCode,
                g.Sum(p => approvedStates.Contains(p.Status) ? p.ApprovedSupportDong ?? 0 : 0),
                g.Sum(p => p.DisbursedDong),
                g.Sum(p => p.SettledDong ?? 0)));
        return new BudgetOverviewSources(planRows, recipientRows, execution, planExecution);
    }

    /// <summary>
    /// The year's annual plans in scope and in the filter (the national plan has no province: with provinces, only
    /// their KCĐP plans).
    /// </summary>
    public IQueryable<AnnualPlan> Plans(UnitScope scope, BudgetFilter filter)
    {
        var plans = db.AnnualPlans.AsNoTracking().InScope(scope).Where(p => p.Year == filter.Year);
        if (filter.Fund is { } fund) plans = plans.Where(p => p.Fund == fund);
        return filter.Codes is { } codes ? plans.InProvinces(codes) : plans;
    }

    /// <summary>The allocations of the year's plans in scope and in the filter.</summary>
    public IQueryable<Allocation> Allocations(UnitScope scope, BudgetFilter filter)
    {
        var allocations = db.Allocations.AsNoTracking().InScope(scope).Where(a => a.Plan!.Year == filter.Year);
        if (filter.Fund is { } fund) allocations = allocations.Where(a => a.Plan!.Fund == fund);
        return filter.Codes is { } codes ? allocations.InProvinces(codes) : allocations;
    }

    /// <summary>The plan year's projects in scope and in the filter, whose execution the overview sums.</summary>
    public IQueryable<Project> Projects(UnitScope scope, BudgetFilter filter)
    {
        var projects = db.Projects.AsNoTracking().InScope(scope).Where(p => p.Year == filter.Year);
        if (filter.Fund is { } fund) projects = projects.Where(p => p.Fund == fund);
        return filter.Codes is { } codes ? projects.InProvinces(codes) : projects;
    }

    /// <summary>
    /// A plan year's allocations by fund and by the recipient's province code (null for central units), for the
    /// province views of the dashboard and the reports; with <paramref name="decidedBy"/>, only decisions up to that
    /// day.
    /// </summary>
    public async Task<IReadOnlyList<ProvinceAllocation>> AllocatedByProvinceAsync(UnitScope scope, int year,
        DateOnly? decidedBy, CancellationToken ct) =>
        await AllocatedByProvince(scope, year, decidedBy).ToListAsync(ct);

    /// <summary>The query of <see cref="AllocatedByProvinceAsync"/>, not yet run.</summary>
    public IQueryable<ProvinceAllocation> AllocatedByProvince(UnitScope scope, int year, DateOnly? decidedBy)
    {
        var allocations = db.Allocations.AsNoTracking().InScope(scope).Where(a => a.Plan!.Year == year);
        if (decidedBy is { } day) allocations = allocations.Where(a => a.DecisionDate <= day);
        return allocations
            .GroupBy(a => new
            {
                a.Plan!.Fund, Province = a.Recipient!.ScopeUnit != null ? a.Recipient.ScopeUnit.ProvinceCode : null,
            })
            .Select(g => new ProvinceAllocation(g.Key.Fund, g.Key.Province, g.Sum(a => a.AmountDong)));
    }

    /// <summary>
    /// The province codes a user may filter by: those with at least one unit (either generation) in scope.
    /// </summary>
    public async Task<IReadOnlyList<ProvinceOption>> ProvincesAsync(UnitScope scope, CancellationToken ct)
    {
        var rows = await ProvinceUnits(scope).ToListAsync(ct);
        return rows.GroupBy(r => r.Code)
            .Select(g => new ProvinceOption(g.Key, g.First().Name, g.All(r => r.Generation == UnitGeneration.Legacy)))
            .ToList();
    }

    /// <summary>
    /// The province units of <see cref="ProvincesAsync"/> (both generations), not yet run or folded by code.
    /// </summary>
    public IQueryable<ProvinceUnitSource> ProvinceUnits(UnitScope scope)
    {
        var provinces = db.AdministrativeUnits.AsNoTracking().InScope(scope).Where(u => u.Level == UnitLevel.Province);
        return provinces.OrderBy(u => u.Code).ThenByDescending(u => u.Generation)
            .Select(u => new ProvinceUnitSource(u.Code, u.Name, u.Generation));
    }
}

public sealed record ProvinceAllocation(Fund Fund, string? Province, long Sum);

public sealed record ProvinceOption(string Code, string Name, bool LegacyOnly);
