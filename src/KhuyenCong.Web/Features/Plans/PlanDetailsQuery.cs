using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// A plan's page (and its Excel file): the header when the plan is in the reader's scope, the allocation entries the
/// reader may see, the estimate's history and the year-end events. A province reads the national plan only through
/// what it allocated to the province's units; nothing at all → null (404).
/// </summary>
public static class PlanDetailsQuery
{
    /// <summary>The owner shown for a national plan (no owner unit).</summary>
    public const string Ministry = "Bộ Công Thương";

    public static async Task<PlanDetailsViewModel?> LoadAsync(AppDbContext db, UnitScope scope, ClaimsPrincipal user,
        int id, int? recipientId, CancellationToken ct)
    {
        var plan = await db.AnnualPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Year, p.Fund, p.OwnerUnitId, Owner = p.OwnerUnit != null ? p.OwnerUnit.Name : Ministry,
                p.EstimateDong, p.AllocatedDong, p.DecisionNumber, p.DecisionDate, Programme = p.Programme != null
                    ? p.Programme.Name : null,
                p.Note, p.Version, p.IsClosed,
            })
            .SingleOrDefaultAsync(ct);
        if (plan is null) return null;
        // The plans list's own filter decides whether the header is the reader's (one definition of scope).
        var planVisible = await db.AnnualPlans.InScope(scope).AnyAsync(p => p.Id == id, ct);
        var entries = db.Allocations.AsNoTracking().InScope(scope).Where(a => a.PlanId == id);
        if (recipientId is { } rid) entries = entries.Where(a => a.RecipientId == rid);
        var list = await entries.OrderBy(a => a.Tranche).ThenBy(a => a.Id)
            .Select(AllocationEntry.FromAllocation).ToListAsync(ct);
        list = await db.NamedOnDecisionDatesAsync(list, ct);
        if (!planVisible && list.Count == 0) return null;
        var recipientName = recipientId is null ? null : list.FirstOrDefault()?.Recipient;
        var revisions = planVisible ? await db.EstimateRevisions.AsNoTracking().Where(r => r.PlanId == id)
            .OrderBy(r => r.Sequence).Select(EstimateEntry.FromRevision).ToListAsync(ct) : [];
        var yearEvents = planVisible ? await db.PlanYearEvents.AsNoTracking().Where(e => e.PlanId == id)
            .OrderBy(e => e.Id).Select(YearEventEntry.FromEvent).ToListAsync(ct) : [];
        var nameOf = await db.RecorderNamesAsync(
            list.Select(e => e.By).Concat(revisions.Select(r => r.By)).Concat(yearEvents.Select(e => e.By)), ct);
        list = [.. list.Select(e => e with { By = nameOf(e.By) })];
        return new PlanDetailsViewModel(plan.Id, plan.Year, plan.Fund, plan.Owner, planVisible,
            planVisible ? new Vnd(plan.EstimateDong) : Vnd.Zero, planVisible ? new Vnd(plan.AllocatedDong) : Vnd.Zero,
            plan.DecisionNumber, plan.DecisionDate, plan.Programme, plan.Note, plan.Version,
            planVisible && PlanAccess.MayManage(user, plan.Fund), new AllocationTable(list), list, recipientId,
            recipientName)
        {
            OwnerPlace = await db.UnitPlaceAsync(plan.OwnerUnitId, ct),
            IsClosed = plan.IsClosed,
            Revisions = [.. revisions.Select(r => r with { By = nameOf(r.By) })],
            YearEvents = [.. yearEvents.Select(e => e with { By = nameOf(e.By) })],
            Links = await db.LinkedTotalsAsync(list.Select(e => e.Id).ToList(), plan.Fund, plan.Year, ct),
        };
    }
}
