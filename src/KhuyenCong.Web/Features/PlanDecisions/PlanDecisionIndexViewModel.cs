using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.PlanDecisions;

public sealed class PlanDecisionIndexViewModel
{
    public IReadOnlyList<PlanDecisionRowView> Decisions { get; init; } = [];
    public bool CanDecideKcqg { get; init; }
    public bool CanDecideKcdp { get; init; }
    public int Year { get; init; }
}
