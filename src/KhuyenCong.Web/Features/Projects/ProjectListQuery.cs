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
        var ids = filtered.OrderByDescending(p => p.Year).ThenBy(p => p.Code)
            .Skip((page - 1) * size).Take(size).Select(p => p.Id);
        var items = await Rows(db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id))).ToListAsync(ct);
        return new PagedList<ProjectListRow>(items, page, size, total);
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
