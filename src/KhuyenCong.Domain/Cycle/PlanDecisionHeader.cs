using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// The decision as a document: QĐ phê duyệt kế hoạch KCQG năm N by the ministry, or for KCĐP the provincial People's
/// Committee's decision recorded by the department. <paramref name="ScopeUnitId"/> is the province of a KCĐP decision
/// (null for KCQG, a nationwide decision).
/// </summary>
public sealed record PlanDecisionHeader(Fund Fund, int Year, string? Number, DateOnly Date, int RecorderOrganisationId,
    int? ScopeUnitId, string? Note);
