using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// The scope question of the project form and the import: which organisations a user may name as a project's
/// implementer. Which of them are active for the project's plan year is <see cref="Domain.Reform.ReferencePeriod"/>'s
/// question, and whether the fund may pay them is <c>Allocation.CanReceive</c>.
/// </summary>
public static class ImplementerScope
{
    /// <summary>
    /// Organisations in scope, the user's own, and the department and extension centre of the user's province (a
    /// district drafts, the province implements KCQG); everyone for a nationwide user.
    /// </summary>
    public static IQueryable<Organisation> Implementers(this AppDbContext db, UnitScope scope, Actor actor)
    {
        var all = db.Organisations.AsNoTracking();
        if (scope.IsNationwide) return all;
        var withinArea = db.Organisations.InScope(scope).Select(o => o.Id);
        var own = db.Organisations.Where(o => o.Id == actor.OrganisationId).Select(o => o.ScopeUnit);
        var provinces = db.AdministrativeUnits.Where(u => u.Level == UnitLevel.Province
            && own.Any(x => x != null && x.Generation == u.Generation && x.ProvinceCode == u.Code)).Select(u => u.Id);
        return all.Where(o => o.Id == actor.OrganisationId || withinArea.Contains(o.Id)
                              || (o.ScopeUnitId != null && provinces.Contains(o.ScopeUnitId.Value)));
    }
}
