using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>
/// Who reports and who reads: a province (in today's boundaries) reports through its Sở Công Thương's department
/// officers; everyone reads the provinces of their scope (the ministry all of them).
/// </summary>
public static class ReportAccess
{
    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>The provinces of today's map that lie in the scope: each is expected to report.</summary>
    public static IQueryable<AdministrativeUnit> ProvincesInScope(AppDbContext db, UnitScope scope)
    {
        return db.AdministrativeUnits.AsNoTracking().InScope(scope)
            .Where(u => u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Current);
    }

    /// <summary>
    /// The province the user reports for: a department officer of a current province's Sở Công Thương; null for
    /// anyone else (the ministry, an extension centre, a district, a leader).
    /// </summary>
    public static async Task<AdministrativeUnit?> ReporterProvinceAsync(AppDbContext db, IUserScopeProvider scopes,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Policies.Allows(user, Policies.DepartmentOfficer)) return null;
        var organisation = await scopes.GetOrganisationAsync(user, ct);
        if (organisation is not { Kind: OrganisationKind.ProvincialDepartment, ScopeUnitId: { } unitId }) return null;
        return await db.AdministrativeUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId
            && u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Current, ct);
    }
}
