using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// The provinces a round opened on a day is addressed to: those in force that day (34 from 01/07/2025).
/// </summary>
public static class RegistrationProvinces
{
    public static async Task<List<(int Id, string Name)>> OnAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var rows = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province)
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day))
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Name, VietnameseText.NameOrder).Select(r => (r.Id, r.Name)).ToList();
    }
}
