using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Budget;

namespace KhuyenCong.Web.Features.Dashboard;

/// <summary>
/// The year's projects as one GROUP BY returned them (<see cref="DashboardQuery.YearProjects"/>), and the dashboard's
/// views derived from those rows alone (issue 16: the page re-aggregated the same year in five queries). The map
/// reads every province in scope; the other views only the chosen province's recorded codes, as the list filters
/// them (<c>InProvinces</c>: the project's recorded province code).
/// </summary>
public sealed class DashboardYear(IReadOnlyList<YearProjectsSource> rows, IReadOnlyCollection<string>? codes)
{
    private static readonly HashSet<ProjectStatus> ApprovedStates = [.. ProjectStatusGroups.Approved];

    private readonly IReadOnlyList<YearProjectsSource> _chosen =
        codes is null ? rows : [.. rows.Where(r => codes.Contains(r.Province))];

    /// <summary>Approved support counts only for projects in an approved state, as everywhere else.</summary>
    private static long Approved(YearProjectsSource r) => ApprovedStates.Contains(r.Status) ? r.Approved : 0;

    /// <summary>The overview's execution figures (estimate and allocated are not the projects').</summary>
    public BudgetFigures Execution => BudgetFigures.Zero with
    {
        Approved = new Vnd(_chosen.Sum(Approved)),
        Disbursed = new Vnd(_chosen.Sum(r => r.Disbursed)),
        Settled = new Vnd(_chosen.Sum(r => r.Settled)),
    };

    public IReadOnlyList<StatusCount> Statuses() =>
    [
        .. _chosen.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Sum(r => r.Count))),
    ];

    public IReadOnlyList<ContentFigures> Contents() =>
    [
        .. _chosen.GroupBy(r => (r.ContentId, r.Content, r.ContentSort))
            .OrderBy(g => g.Key.ContentSort).ThenBy(g => g.Key.ContentId)
            .Select(g => new ContentFigures(g.Key.ContentId, g.Key.Content, g.Sum(r => r.Count),
                new Vnd(g.Sum(Approved)), new Vnd(g.Sum(r => r.Disbursed)))),
    ];

    public IEnumerable<FundYearSum> DisbursedByFund() =>
        _chosen.GroupBy(r => r.Fund).Select(g => new FundYearSum(0, g.Key, g.Sum(r => r.Disbursed)));

    /// <summary>Every province in scope by recorded code, not folded into the boundary view yet.</summary>
    public IReadOnlyList<ProvinceProjectsSource> ByProvince() =>
    [
        .. rows.GroupBy(r => r.Province).Select(g => new ProvinceProjectsSource(g.Key, g.Sum(r => r.Count),
            g.Sum(Approved), g.Sum(r => r.Disbursed))),
    ];

    /// <summary>The chosen province's areas (rows grouped with areas only).</summary>
    public IEnumerable<AreaSource> Areas() =>
        _chosen.GroupBy(r => (r.Generation, r.Province, r.Area, r.AreaName))
            .Select(g => new AreaSource(g.Key.Generation ?? Domain.AdministrativeUnits.UnitGeneration.Current,
                g.Key.Province, g.Key.Area, g.Key.AreaName, g.Sum(r => r.Count), g.Sum(Approved),
                g.Sum(r => r.Disbursed)));
}
