using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>The filtered, scoped project query shared by the list, its exports and the API.</summary>
public static class ProjectListQuery
{
    public static IQueryable<Project> Filtered(AppDbContext db, UnitScope scope, ProjectFilter filter)
    {
        var query = db.Projects.InScope(scope);
        if (filter.Year is { } year) query = query.Where(p => p.Year == year);
        if (filter.Fund is { } fund) query = query.Where(p => p.Fund == fund);
        if (filter.ProvinceCodes is { } codes) query = query.InProvinces(codes);
        else if (!string.IsNullOrWhiteSpace(filter.Province))
            query = query.Where(p => p.ProvinceCode == filter.Province);
        if (filter.Status is { } status) query = query.Where(p => p.Status == status);
        if (filter.ContentId is { } content) query = query.Where(p => p.ActivityContentId == content);
        if (filter.Kind is { } kind) query = query.Where(p => p.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.Q)) query = ProjectTextSearch.Apply(db, query, filter.Q);
        return query;
    }

    /// <summary>
    /// One page of the list. The page's ids are picked first, on the list order's index alone, and only those rows
    /// are joined with their names (issue 16: with OFFSET on the joined rows, page 2,000 joined 50,000 rows to drop
    /// them).
    /// </summary>
    public static async Task<PagedList<ProjectListRow>> PageAsync(
        AppDbContext db, IQueryable<Project> filtered, int page, CancellationToken ct)
    {
        const int size = PagingExtensions.DefaultPageSize;
        var total = await filtered.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + size - 1) / size));
        var items = await PageRowsAsync(db, filtered, (page - 1) * size, size, ct);
        return new PagedList<ProjectListRow>(items, page, size, total);
    }

    /// <summary>
    /// How many matches past the page's first row a text search counts before it says "hơn …" (issue 16): the
    /// common-text search reads the list in its order and stops there instead of counting every match.
    /// </summary>
    public const int SearchCountLimit = 250;

    /// <summary>
    /// The list page: without a text, <see cref="PageAsync"/> over <see cref="Filtered"/> (an exact count). With one,
    /// the text through <see cref="ProjectTextSearch.ApplyForPageAsync"/> and a count bounded at
    /// <paramref name="countLimit"/> matches past the page's first row (<see cref="PagedList{T}.TotalIsAtLeast"/>
    /// says the list goes on); the page's rows are the same as the exact query's.
    /// </summary>
    public static async Task<PagedList<ProjectListRow>> ListPageAsync(AppDbContext db, UnitScope scope,
        ProjectFilter filter, int page, CancellationToken ct,
        int countLimit = SearchCountLimit, int commonHits = ProjectTextSearch.CommonHits)
    {
        if (string.IsNullOrWhiteSpace(filter.Q)) return await PageAsync(db, Filtered(db, scope, filter), page, ct);
        var searched = await ProjectTextSearch.ApplyForPageAsync(db,
            Filtered(db, scope, filter with { Q = null }), filter.Q, ct, commonHits);
        const int size = PagingExtensions.DefaultPageSize;
        page = Math.Clamp(page, 1, MaxSearchPage);
        var counted = await searched.Take((page - 1) * size + countLimit + 1).CountAsync(ct);
        if (counted <= (page - 1) * size) page = Math.Max(1, (counted + size - 1) / size); // past the end: the last
        var skip = (page - 1) * size;
        var more = counted > skip + countLimit;
        var items = await PageRowsAsync(db, searched, skip, size, ct);
        return new PagedList<ProjectListRow>(items, page, size, more ? skip + countLimit : counted)
        {
            TotalIsAtLeast = more,
        };
    }

    /// <summary>A page number past which a text search is not followed (the offset stays an int).</summary>
    private const int MaxSearchPage = 1_000_000;

    private static Task<List<ProjectListRow>> PageRowsAsync(AppDbContext db, IQueryable<Project> filtered, int skip,
        int size, CancellationToken ct)
    {
        var ids = filtered.OrderByDescending(p => p.Year).ThenBy(p => p.Code).Skip(skip).Take(size).Select(p => p.Id);
        return Rows(db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id))).ToListAsync(ct);
    }

    public static IQueryable<ProjectListRow> Rows(IQueryable<Project> query) =>
        query.OrderByDescending(p => p.Year).ThenBy(p => p.Code)
            .Select(p => new ProjectListRow(p.Id, p.Code, p.Name, p.Year, p.Fund, p.Kind, p.Status,
                p.ActivityContent!.Name,
                p.ImplementingOrganisation!.Name, p.LocationUnit!.Name,
                new Domain.Common.Vnd(p.RequestedSupportDong),
                p.ApprovedSupportDong == null ? null : new Domain.Common.Vnd(p.ApprovedSupportDong.Value),
                new Domain.Common.Vnd(p.DisbursedDong), p.LocationUnitId));
}
