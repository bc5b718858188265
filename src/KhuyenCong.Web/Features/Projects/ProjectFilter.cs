using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

/// <param name="ProvinceCodes">The recorded province codes <paramref name="Province"/> stands for (from 2026 a current
/// province and its predecessors, see <see cref="KhuyenCong.Web.Features.Budget.ProvinceOffers"/>); null for the
/// code itself.</param>
public sealed record ProjectFilter(int? Year, Fund? Fund, string? Province, ProjectStatus? Status, int? ContentId,
    ProjectKind? Kind, string? Q, IReadOnlyList<string>? ProvinceCodes = null);
