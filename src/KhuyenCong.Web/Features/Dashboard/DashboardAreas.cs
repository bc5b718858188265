using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Boundaries;

namespace KhuyenCong.Web.Features.Dashboard;

/// <summary>
/// A province's own breakdown for its leader: a map of one tile says nothing, so the dashboard shows the year's
/// projects by area instead. Legacy records are grouped by their district (the level a legacy province worked with),
/// current ones by their commune (there are no districts since 01/07/2025); one GROUP BY in the database.
/// </summary>
public static class DashboardAreas
{
    public static IQueryable<AreaSource> Sums(IQueryable<Project> projects)
    {
        var approvedStates = ProjectStatusGroups.Approved;
        return projects
            .GroupBy(p => new
            {
                p.LocationUnit!.Generation,
                p.ProvinceCode,
                Area = p.LocationUnit.Generation == UnitGeneration.Legacy
                    ? p.LocationUnit.DistrictCode
                    : p.LocationUnit.Level == UnitLevel.Commune ? p.LocationUnit.Code : null,
                Name = p.LocationUnit.Level == UnitLevel.Province ? null
                    : p.LocationUnit.Generation == UnitGeneration.Legacy && p.LocationUnit.Level == UnitLevel.Commune
                        ? p.LocationUnit.Parent!.Name
                        : p.LocationUnit.Name,
            })
            .Select(g => new AreaSource(g.Key.Generation, g.Key.ProvinceCode, g.Key.Area, g.Key.Name, g.Count(),
                g.Sum(p => approvedStates.Contains(p.Status) ? p.ApprovedSupportDong ?? 0 : 0),
                g.Sum(p => p.DisbursedDong)));
    }

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
