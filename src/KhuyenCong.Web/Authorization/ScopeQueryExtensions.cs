using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Web.Authorization;

/// <summary>Scope filters for lists: the query-side twin of <see cref="InScopeHandler"/>.</summary>
public static class ScopeQueryExtensions
{
    public static IQueryable<Organisation> InScope(this IQueryable<Organisation> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(o => o.ScopeUnitId != null && ids.Contains(o.ScopeUnitId.Value));
    }
}
