using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>Per-round figures (entries, provinces taking part, by group, certified) in three grouped queries for any number of rounds.</summary>
public static class RoundStatisticsQuery
{
    public static async Task<IReadOnlyList<RoundStatistics>> ForAsync(AppDbContext db, IReadOnlyCollection<int> roundIds, CancellationToken ct)
    {
        var ids = roundIds.ToList();
        var rounds = await db.ProductRounds.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Level, r.Year, r.SubmissionCloses }).ToListAsync(ct);
        var byGroup = await db.ProductEntries.AsNoTracking().Where(e => ids.Contains(e.RoundId))
            .GroupBy(e => new { e.RoundId, e.GroupId })
            .Select(g => new { g.Key.RoundId, g.Key.GroupId, Entries = g.Count(), Certified = g.Count(e => e.Certificate != null) })
            .ToListAsync(ct);
        var provinces = await db.ProductEntries.AsNoTracking().Where(e => ids.Contains(e.RoundId))
            .GroupBy(e => e.RoundId).Select(g => new { RoundId = g.Key, Count = g.Select(e => e.ProvinceUnitId).Distinct().Count() })
            .ToDictionaryAsync(g => g.RoundId, g => g.Count, ct);
        var groups = await db.ProductGroups.AsNoTracking().OrderBy(g => g.SortOrder).Select(g => new { g.Id, g.Code, g.Name }).ToListAsync(ct);
        var allProvinces = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Level == UnitLevel.Province)
            .Select(u => new { u.ValidFrom, u.ValidTo }).ToListAsync(ct);

        return [.. rounds.Select(r =>
        {
            var counts = groups.Select(g =>
            {
                var row = byGroup.FirstOrDefault(x => x.RoundId == r.Id && x.GroupId == g.Id);
                return new GroupCount(g.Code, g.Name, row?.Entries ?? 0, row?.Certified ?? 0);
            }).ToList();
            // "58 of 63": the provinces that existed when submissions closed (63 before 01/07/2025, 34 after).
            var total = allProvinces.Count(p => (p.ValidFrom == null || p.ValidFrom <= r.SubmissionCloses) && (p.ValidTo == null || r.SubmissionCloses <= p.ValidTo));
            return new RoundStatistics(r.Id, r.Level, r.Year, counts.Sum(c => c.Entries), provinces.GetValueOrDefault(r.Id), total,
                counts, counts.Sum(c => c.Certified));
        })];
    }
}
