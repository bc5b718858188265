using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;

namespace KhuyenCong.Web.Features.PlanDecisions;

public sealed class PlanDecisionDetailsViewModel
{
    public required PlanDecision Decision { get; init; }
    public required string Recorder { get; init; }
    public string? Province { get; init; }

    /// <summary>The items the user may see: all for the ministry, the province's own projects otherwise.</summary>
    public IReadOnlyList<PlanDecisionItem> Items { get; init; } = [];
    public int HiddenItems { get; init; }
}
