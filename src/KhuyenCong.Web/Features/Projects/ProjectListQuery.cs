using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Budget;

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
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var key = Domain.Common.VietnameseText.SearchKey(filter.Q);
            var code = filter.Q.Trim().ToUpperInvariant();
            query = query.Where(p => p.SearchKey.Contains(key) || p.Code.Contains(code));
        }
        return query;
    }

    public static IQueryable<ProjectListRow> Rows(IQueryable<Project> query) =>
        query.OrderByDescending(p => p.Year).ThenBy(p => p.Code)
            .Select(p => new ProjectListRow(p.Id, p.Code, p.Name, p.Year, p.Fund, p.Kind, p.Status, p.ActivityContent!.Name,
                p.ImplementingOrganisation!.Name, p.LocationUnit!.Name,
                new Domain.Common.Vnd(p.RequestedSupportDong),
                p.ApprovedSupportDong == null ? null : new Domain.Common.Vnd(p.ApprovedSupportDong.Value),
                new Domain.Common.Vnd(p.DisbursedDong), p.LocationUnitId));
}
