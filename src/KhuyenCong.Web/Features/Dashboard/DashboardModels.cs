using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Budget;

namespace KhuyenCong.Web.Features.Dashboard;

/// <summary>The figure that colours the province tiles.</summary>
public enum MapFigure
{
    Allocated = 0,
    Approved = 1,
    Disbursed = 2,
    Projects = 3,
}

/// <summary>
/// What the dashboard shows: a year, a range of years for the trend, the boundary view and optionally one
/// province (a code of that view: legacy or current), with the figure that colours the map.
/// </summary>
public sealed record DashboardFilter(int Year, int FromYear, BoundaryView Boundaries, string? Province,
    MapFigure Figure);

public sealed record StatusCount(ProjectStatus Status, int Count);

/// <summary>One year of one fund for the trend chart, with the same definitions as the budget overview.</summary>
public sealed record FundYear(int Year, Fund Fund, Vnd Estimate, Vnd Allocated, Vnd Disbursed);

/// <summary>
/// One province (in the chosen boundary view) or, with a null code, the central recipients (ministry units);
/// allocated is what the province's recipients received, the others come from the projects located there.
/// </summary>
public sealed record ProvinceFigures(string? Code, string Name, Vnd AllocatedKcqg, Vnd AllocatedKcdp, Vnd Approved,
    Vnd Disbursed, int Projects)
{
    public Vnd Allocated => AllocatedKcqg + AllocatedKcdp;

    public long Value(MapFigure figure) => figure switch
    {
        MapFigure.Approved => Approved.Dong,
        MapFigure.Disbursed => Disbursed.Dong,
        MapFigure.Projects => Projects,
        _ => Allocated.Dong,
    };
}

public sealed record ContentFigures(int ContentId, string Content, int Projects, Vnd Approved, Vnd Disbursed);

public sealed record ProductGroupFigures(int GroupId, string Group, int Entries, int Certified);

/// <summary>A province the user may drill into, as recorded codes for the links to the lists.</summary>
public sealed record RecordedProvince(string Code, string Name);

public sealed record DashboardResult(
    DashboardFilter Filter,
    string? ProvinceName,
    IReadOnlyList<RecordedProvince> RecordedProvinces,
    BudgetFigures Budget,
    IReadOnlyList<StatusCount> Statuses,
    IReadOnlyList<FundYear> Trend,
    IReadOnlyList<ProvinceFigures> Provinces,
    IReadOnlyList<AreaFigures>? Areas,
    IReadOnlyList<ContentFigures> Contents,
    IReadOnlyList<ProductGroupFigures> Products,
    IReadOnlyList<int> RoundIds)
{
    public int ProjectCount => Statuses.Sum(s => s.Count);
    public int ProductEntries => Products.Sum(p => p.Entries);
    public int ProductsCertified => Products.Sum(p => p.Certified);

    /// <summary>Nothing at all for the year in view: the page says so instead of drawing empty axes.</summary>
    public bool IsEmpty => ProjectCount == 0 && ProductEntries == 0 && Budget == BudgetFigures.Zero
                           && Provinces.All(p => p.Allocated.IsZero && p.Projects == 0);

    /// <summary>
    /// The province code for links to the lists, when the view stands for exactly one recorded province.
    /// </summary>
    public string? SingleRecordedCode => RecordedProvinces.Count == 1 && Filter.Province is not null
        ? RecordedProvinces[0].Code : null;
}
