using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>
/// What "the figures of a province" means, in one place for the overview, the dashboard and the reports:
/// its own KCĐP plans (the national plan has none), the allocations to its units or from its plans, and the
/// projects located in it. Codes are statistics-office province codes (one, or a current province with the
/// legacy ones folded into it).
/// </summary>
public static class BudgetProvinceFilters
{
    public static IQueryable<AnnualPlan> InProvinces(this IQueryable<AnnualPlan> plans,
        IReadOnlyCollection<string> codes)
    {
        var list = codes.ToList();
        return plans.Where(p => list.Contains(p.OwnerUnit!.ProvinceCode));
    }

    public static IQueryable<Allocation> InProvinces(this IQueryable<Allocation> allocations,
        IReadOnlyCollection<string> codes)
    {
        var list = codes.ToList();
        return allocations.Where(a => list.Contains(a.Recipient!.ScopeUnit!.ProvinceCode)
            || list.Contains(a.Plan!.OwnerUnit!.ProvinceCode));
    }

    public static IQueryable<Project> InProvinces(this IQueryable<Project> projects, IReadOnlyCollection<string> codes)
    {
        var list = codes.ToList();
        return projects.Where(p => list.Contains(p.ProvinceCode));
    }
}
