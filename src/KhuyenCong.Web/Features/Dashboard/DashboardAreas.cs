using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Boundaries;

namespace KhuyenCong.Web.Features.Dashboard;

/// <summary>
/// A province's own breakdown for its leader: a map of one tile says nothing, so the dashboard shows the year's
/// projects by area instead. Legacy records are grouped by their district (the level a legacy province worked with),
/// current ones by their commune (there are no districts since 01/07/2025): the key of
/// <see cref="DashboardQuery.YearProjects"/> with areas.
/// </summary>
public static class DashboardAreas
{
    /// <summary>
    /// The rows as shown: a legacy district in the current view carries its old province, so a Phú Thọ leader reading
    /// 2021 sees "Huyện Cao Phong, Tỉnh Hòa Bình (trước 01/07/2025)"; province-level records form one row per province.
    /// </summary>
    public static IReadOnlyList<AreaFigures> Figures(
        IEnumerable<AreaSource> rows, BoundaryView view, ProvinceMap map) =>
    [
        .. rows
            .Select(r => new AreaFigures(r.Name ?? map.Name(r.Province, r.Generation),
                r.Name is not null && r.Generation == UnitGeneration.Legacy && view == BoundaryView.Current
                    ? map.Name(r.Province, UnitGeneration.Legacy) : null,
                r.Projects, new Vnd(r.Approved), new Vnd(r.Disbursed)))
            .GroupBy(a => (a.Name, a.LegacyProvince))
            .Select(g => g.Aggregate((a, b) => a with
            {
                Projects = a.Projects + b.Projects,
                Approved = a.Approved + b.Approved,
                Disbursed = a.Disbursed + b.Disbursed,
            }))
            .OrderBy(a => a.LegacyProvince, VietnameseText.NameOrder).ThenBy(a => a.Name, VietnameseText.NameOrder),
    ];
}

/// <summary>One area's projects as the database sums them (a null area: located at the province itself).</summary>
public sealed record AreaSource(
    UnitGeneration Generation, string Province, string? Area, string? Name,
    int Projects, long Approved, long Disbursed);

/// <summary>
/// One row of a province's breakdown; <see cref="LegacyProvince"/> names the old province of a legacy area in the
/// current view.
/// </summary>
public sealed record AreaFigures(string Name, string? LegacyProvince, int Projects, Vnd Approved, Vnd Disbursed);
