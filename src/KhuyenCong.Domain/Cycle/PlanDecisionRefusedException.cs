using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// A plan decision is all or nothing: one project refused and nothing is recorded. Carries each project's reason so
/// that the form can show it on the project's row.
/// </summary>
public sealed class PlanDecisionRefusedException(IReadOnlyList<ProjectRefusal> refusals)
    : DomainException(
        "Quyết định chưa được ghi: {0} đề án không thực hiện được (xem lý do ở từng đề án); không đề án nào thay đổi.",
        refusals.Count)
{
    public IReadOnlyList<ProjectRefusal> Refusals { get; } = refusals;
}
