using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Reform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary>Read-only API of administrative units, for signed-in users.</summary>
[ApiController]
[Route("api/v1/admin-units")]
[Produces("application/json")]
public sealed class AdminUnitsApiController(AppDbContext db, TimeProvider clock) : ControllerBase
{
    /// <param name="Generation">"legacy" (until 30/06/2025) or "current" (from 01/07/2025).</param>
    public sealed record ProvinceDto(string Code, string Name, string Generation);

    /// <summary>
    /// The provinces valid on a date (63 before 01/07/2025, 34 from then on), or those a record of a plan year may
    /// use (both generations for the transition year 2025, see <see cref="ReferencePeriod"/>); today when neither is
    /// given. Each row says its generation, so a picker can label legacy provinces.
    /// </summary>
    [HttpGet("provinces")]
    public async Task<IReadOnlyList<ProvinceDto>> Provinces([FromQuery] DateOnly? asOf, [FromQuery] int? year,
        CancellationToken ct)
    {
        var period = year is >= BudgetRules.FirstYear and <= BudgetRules.LastYear
            ? ReferencePeriod.ForPlanYear(year.Value)
            : ReferencePeriod.ForDate(asOf ?? Infrastructure.VietnamTime.Today(clock));
        return await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province).Where(period.UnitFilter())
            .OrderBy(u => u.Generation).ThenBy(u => u.Code)
            .Select(u => new ProvinceDto(u.Code, u.Name, u.Generation == UnitGeneration.Legacy ? "legacy" : "current"))
            .ToListAsync(ct);
    }
}
