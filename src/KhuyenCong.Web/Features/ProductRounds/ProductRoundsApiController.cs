using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>Product rounds the caller may see, with their statistics.</summary>
[Authorize(Policy = Policies.ProductReaders)]
[ApiController]
[Route("api/v1/product-rounds")]
[Produces("application/json")]
public sealed class ProductRoundsApiController(AppDbContext db, IUserScopeProvider scopes) : ControllerBase
{
    public sealed record RoundDto(int Id, string Level, int Year, int Ordinal, string Status, int Entries,
        int Provinces, IReadOnlyDictionary<string, int> ByGroup, int Certified);

    [HttpGet]
    public async Task<IReadOnlyList<RoundDto>> Get(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var rounds = await db.ProductRounds.AsNoTracking().Visible(User, scope)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Ordinal, r.Status }).ToListAsync(ct);
        var stats = (await RoundStatisticsQuery.ForAsync(db, [.. rounds.Select(r => r.Id)], ct))
            .ToDictionary(s => s.RoundId);
        return [.. rounds.Select(r =>
        {
            var s = stats[r.Id];
            return new RoundDto(r.Id, s.Level.ToString(), s.Year, r.Ordinal, r.Status.ToString(), s.Entries,
                s.Provinces, s.ByGroup.ToDictionary(g => g.Code, g => g.Entries), s.Certified);
        })];
    }
}
