using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Hòa Bình's 2021 money as the officers would have left it: each allocation entry tied to the projects it funded
/// (the KCĐP 405 million to both KCĐP projects; the department's KCQG tranches to its three projects), then the
/// 2021 KCĐP year closed at the end of January 2022 (DOMAIN §11.7): both projects settled, the allocation spent,
/// nothing carried or returned. Runs after the projects; idempotent (a plan with a year-end entry is left alone).
/// </summary>
internal static class YearEndDemoSeeder
{
    public static readonly DateOnly ClosedOn = new(2022, 1, 28);

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var plan = await db.AnnualPlans.Include(p => p.Allocations).ThenInclude(a => a.Projects)
            .Include(p => p.YearEvents).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Year == BudgetDemoSeeder.Year && p.Fund == Fund.Kcdp
                && p.OwnerUnit!.Code == BudgetDemoSeeder.HoaBinhCode
                && p.OwnerUnit.Generation == Domain.AdministrativeUnits.UnitGeneration.Legacy, ct);
        if (plan is null || plan.YearEvents.Count > 0) return;
        var kcdp = await HoaBinhProjectsAsync(db, Fund.Kcdp, ct);
        var entry = plan.Allocations.Single();
        entry.LinkProjects(kcdp, [entry.RecipientId]);
        await LinkNationalTranchesAsync(db, ct);
        // The demo closes only what its projects allow: an unsettled project would need the checklist.
        if (kcdp.All(p => p.Status == ProjectStatus.Settled))
            plan.Close(ClosedOn, [],
                "Khóa sổ năm 2021: các đề án KCĐP đã nghiệm thu, quyết toán; kinh phí giao đã sử dụng hết.");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Tranche 1 (600 million) funds the 600 million project; tranche 2 the two others.</summary>
    private static async Task LinkNationalTranchesAsync(AppDbContext db, CancellationToken ct)
    {
        var projects = await HoaBinhProjectsAsync(db, Fund.Kcqg, ct);
        if (projects.Count == 0) return;
        var recipient = projects[0].ImplementingOrganisationId;
        var entries = await db.Allocations.Include(a => a.Plan).Include(a => a.Projects)
            .Where(a => a.Plan!.Year == BudgetDemoSeeder.Year && a.Plan.Fund == Fund.Kcqg && a.RecipientId == recipient
                        && a.CorrectsId == null)
            .OrderBy(a => a.Tranche).ToListAsync(ct);
        if (entries.Count != 2) return;
        var first = projects.Where(p => p.ApprovedSupportDong == entries[0].AmountDong).Take(1).ToList();
        entries[0].LinkProjects(first, [recipient]);
        entries[1].LinkProjects([.. projects.Except(first)], [recipient]);
    }

    private static Task<List<Project>> HoaBinhProjectsAsync(AppDbContext db, Fund fund, CancellationToken ct) =>
        db.Projects.Where(p => p.Fund == fund && p.Year == BudgetDemoSeeder.Year
                               && p.ProvinceCode == BudgetDemoSeeder.HoaBinhCode)
            .OrderBy(p => p.Id).ToListAsync(ct);
}
