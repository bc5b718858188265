using KhuyenCong.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary>Read-only API of administrative units, for signed-in users.</summary>
[ApiController]
[Route("api/v1/admin-units")]
[Produces("application/json")]
public sealed class AdminUnitsApiController(AppDbContext db, TimeProvider clock) : ControllerBase
{
    public sealed record ProvinceDto(string Code, string Name);

    /// <summary>The provinces valid on a date (63 before 01/07/2025, 34 from then on); today when no date is given.</summary>
    [HttpGet("provinces")]
    public async Task<IReadOnlyList<ProvinceDto>> Provinces([FromQuery] DateOnly? asOf, CancellationToken ct)
    {
        var date = asOf ?? Infrastructure.VietnamTime.Today(clock);
        return await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == Domain.AdministrativeUnits.UnitLevel.Province)
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= date) && (u.ValidTo == null || u.ValidTo >= date))
            .OrderBy(u => u.Code)
            .Select(u => new ProvinceDto(u.Code, u.Name))
            .ToListAsync(ct);
    }
}
