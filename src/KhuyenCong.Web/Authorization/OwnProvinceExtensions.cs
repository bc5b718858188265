using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Authorization;

public static class OwnProvinceExtensions
{
    /// <summary>
    /// The province the user's organisation works for (a department or extension centre), or null for ministry,
    /// district and commune organisations: what a province's own plans, programmes and caps belong to.
    /// </summary>
    public static async Task<AdministrativeUnit?> OwnProvinceAsync(this AppDbContext db, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var unit = await db.Users.Where(u => u.Id == userId).Select(u => u.Organisation.ScopeUnit)
            .SingleOrDefaultAsync(ct);
        return unit is { Level: UnitLevel.Province } ? unit : null;
    }
}
