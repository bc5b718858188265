using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Web.Features.Dashboard;

// Rows as the dashboard's database queries return them (see DashboardQuery), before they become figures.

public sealed record ContentSource(int ActivityContentId, string Name, int SortOrder, int Count, long Approved,
    long Disbursed);

public sealed record FundYearSum(int Year, Fund Fund, long Sum);

/// <summary>
/// The trend's three queries: plan estimates, allocations and project disbursements per year and fund.
/// </summary>
public sealed record TrendSources(IQueryable<FundYearSum> Estimates, IQueryable<FundYearSum> Allocated,
    IQueryable<FundYearSum> Disbursed);

public sealed record ProvinceProjectsSource(string Province, int Count, long Approved, long Disbursed);

public sealed record GroupEntriesSource(int GroupId, int Entries, int Certified);

public sealed record ProductGroupSource(int Id, string Name);
