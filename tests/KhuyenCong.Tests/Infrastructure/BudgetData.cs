using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>Looks up demo plans and sums allocations straight from the database, independently of the portal's queries.</summary>
public static class BudgetData
{
    public const long Million = 1_000_000;

    public static Task<int> NationalPlanIdAsync(this PortalFactory portal, int year = 2021) =>
        portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Year == year && p.Fund == Fund.Kcqg).Select(p => p.Id).SingleAsync());

    public static Task<int> ProvincialPlanIdAsync(this PortalFactory portal, string legacyProvinceCode, int year = 2021) =>
        portal.WithDbAsync(db => db.AnnualPlans
            .Where(p => p.Year == year && p.Fund == Fund.Kcdp && p.OwnerUnit!.Code == legacyProvinceCode && p.OwnerUnit.Generation == UnitGeneration.Legacy)
            .Select(p => p.Id).SingleAsync());

    public static Task<long> AllocatedAsync(this PortalFactory portal, int planId) =>
        portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == planId).SumAsync(a => a.AmountDong));

    public static Task<int> AllocationCountAsync(this PortalFactory portal, int planId) =>
        portal.WithDbAsync(db => db.Allocations.CountAsync(a => a.PlanId == planId));
}
