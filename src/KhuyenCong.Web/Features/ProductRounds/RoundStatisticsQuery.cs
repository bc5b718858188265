using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Per-round figures (entries, provinces taking part, by group, certified) in three grouped queries for any number of
/// rounds.
/// </summary>
public static class RoundStatisticsQuery
{
    public static async Task<IReadOnlyList<RoundStatistics>> ForAsync(AppDbContext db,
        IReadOnlyCollection<int> roundIds, CancellationToken ct)
    {
        var ids = roundIds.ToList();
        var rounds = await db.ProductRounds.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Level, r.Year, r.SubmissionCloses, Covered = r.Provinces.Count() })
            .ToListAsync(ct);
        var byGroup = await db.ProductEntries.AsNoTracking().Where(e => ids.Contains(e.RoundId))
            .GroupBy(e => new { e.RoundId, e.GroupId })
            .Select(g => new
            {
                g.Key.RoundId, g.Key.GroupId, Entries = g.Count(), Certified = g.Count(e => e.Certificate != null),
            })
            .ToListAsync(ct);
        var provinces = await db.ProductEntries.AsNoTracking().Where(e => ids.Contains(e.RoundId))
            .GroupBy(e => e.RoundId)
            .Select(g => new { RoundId = g.Key, Count = g.Select(e => e.ProvinceUnitId).Distinct().Count() })
            .ToDictionaryAsync(g => g.RoundId, g => g.Count, ct);
        // A regional round with its province list counts "k of its n provinces", a legacy province folded into the
        // current one it became part of (Hòa Bình and Vĩnh Phúc entries are both Phú Thọ's).
        var listed = rounds.Where(r => r.Covered > 0).Select(r => r.Id).ToList();
        if (listed.Count > 0)
        {
            var pairs = await db.ProductEntries.AsNoTracking().Where(e => listed.Contains(e.RoundId))
                .Select(e => new { e.RoundId, e.ProvinceUnitId }).Distinct().ToListAsync(ct);
            var legacy = pairs.Select(p => p.ProvinceUnitId).Distinct().ToList();
            var successor = await db.UnitSuccessions.AsNoTracking().Where(u => legacy.Contains(u.PredecessorId))
                .Select(u => new { u.PredecessorId, u.SuccessorId }).ToListAsync(ct);
            var folded = successor.GroupBy(u => u.PredecessorId)
                .ToDictionary(g => g.Key, g => g.Min(u => u.SuccessorId));
            foreach (var round in pairs.GroupBy(p => p.RoundId))
                provinces[round.Key] = round.Select(p => folded.GetValueOrDefault(p.ProvinceUnitId, p.ProvinceUnitId))
                    .Distinct().Count();
        }
        var groups = await db.ProductGroups.AsNoTracking().OrderBy(g => g.SortOrder)
            .Select(g => new { g.Id, g.Code, g.Name }).ToListAsync(ct);
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
            var total = r.Covered > 0 ? r.Covered : allProvinces.Count(p =>
                (p.ValidFrom == null || p.ValidFrom <= r.SubmissionCloses)
                && (p.ValidTo == null || r.SubmissionCloses <= p.ValidTo));
            return new RoundStatistics(r.Id, r.Level, r.Year, counts.Sum(c => c.Entries),
                provinces.GetValueOrDefault(r.Id), total, counts, counts.Sum(c => c.Certified));
        })];
    }
}
