using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Dashboard;

// Rows as the dashboard's database queries return them (see DashboardQuery), before they become figures.

/// <summary>
/// One group of the year's projects: fund, state, content and recorded province, with the area when the page shows
/// areas (null otherwise). Approved support is summed whatever the state; <see cref="DashboardYear"/> counts it only
/// for approved states.
/// </summary>
public sealed record YearProjectsSource(Fund Fund, ProjectStatus Status, int ContentId, string Content,
    int ContentSort, string Province, UnitGeneration? Generation, string? Area, string? AreaName, int Count,
    long Approved, long Disbursed, long Settled);

public sealed record FundYearSum(int Year, Fund Fund, long Sum);

/// <summary>
/// The trend's three queries: plan estimates, allocations and project disbursements (before the year in view) per
/// year and fund.
/// </summary>
public sealed record TrendSources(IQueryable<FundYearSum> Estimates, IQueryable<FundYearSum> Allocated,
    IQueryable<FundYearSum> Disbursed);

public sealed record ProvinceProjectsSource(string Province, int Count, long Approved, long Disbursed);

public sealed record GroupEntriesSource(int GroupId, int Entries, int Certified);

public sealed record ProductGroupSource(int Id, string Name);
