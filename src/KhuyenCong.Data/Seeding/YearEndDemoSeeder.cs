using KhuyenCong.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Hòa Bình's 2021 KCĐP year, closed as its owner would have at the end of January 2022 (DOMAIN §11.7): both
/// projects settled, the 405 million allocated all spent, nothing carried or returned. Runs after the projects;
/// idempotent (a closed plan is left as it is, a reopened one too).
/// </summary>
internal static class YearEndDemoSeeder
{
    public static readonly DateOnly ClosedOn = new(2022, 1, 28);

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var plan = await db.AnnualPlans.Include(p => p.Allocations).Include(p => p.YearEvents)
            .SingleOrDefaultAsync(p => p.Year == BudgetDemoSeeder.Year && p.Fund == Fund.Kcdp
                && p.OwnerUnit!.Code == BudgetDemoSeeder.HoaBinhCode
                && p.OwnerUnit.Generation == Domain.AdministrativeUnits.UnitGeneration.Legacy, ct);
        if (plan is null || plan.YearEvents.Count > 0) return;
        var running = await db.Projects.AnyAsync(p => p.Fund == Fund.Kcdp && p.Year == BudgetDemoSeeder.Year
            && p.ProvinceCode == BudgetDemoSeeder.HoaBinhCode && p.Status != Domain.Projects.ProjectStatus.Settled, ct);
        // The demo closes only what its projects allow: an unsettled project would need the checklist.
        if (running) return;
        plan.Close(ClosedOn, [], "Khóa sổ năm 2021: các đề án KCĐP đã nghiệm thu, quyết toán; kinh phí giao đã sử dụng hết.");
        await db.SaveChangesAsync(ct);
    }
}
