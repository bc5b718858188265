using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>The few plan facts shown above the allocation and correction forms.</summary>
public sealed record PlanSummary(int Id, int Year, Fund Fund, string Owner, Vnd Estimate, Vnd Allocated)
{
    public Vnd Remaining => Estimate - Allocated;

    public static PlanSummary Of(AnnualPlan plan) => new(plan.Id, plan.Year, plan.Fund,
        plan.OwnerUnit?.Name ?? PlanDetailsQuery.Ministry, plan.Estimate, plan.Allocated);
}
