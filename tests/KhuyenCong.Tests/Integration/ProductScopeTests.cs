using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// One definition of "in scope" for product records: the list filters of <see cref="ScopeQueryExtensions"/> (run by
/// the database) and the single-record predicates beside them (run in memory) answer the same for every demo round,
/// entry, package and producer, for a province's scope (Phú Thọ with legacy Hòa Bình and Vĩnh Phúc) and a commune's.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ProductScopeTests(PortalFactory portal)
{
    public static TheoryData<string> Scopes => ["province", "commune"];

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task InScope_ListFilterAndOneRecordPredicate_AgreeOnEveryRecord(string which)
    {
        var disagreements = await portal.WithDbAsync(async db =>
        {
            var scope = await ScopeAsync(db, which);
            var wrong = new List<string>();
            void Compare<T>(string name, IEnumerable<int> listed, IEnumerable<(int Id, T Record)> all,
                Func<T, bool> one)
            {
                var byList = listed.ToHashSet();
                wrong.AddRange(all.Where(r => byList.Contains(r.Id) != one(r.Record)).Select(r => $"{name} {r.Id}"));
            }
            var rounds = await db.ProductRounds.AsNoTracking().ToListAsync();
            Compare("round", await db.ProductRounds.InScope(scope).Select(r => r.Id).ToListAsync(),
                rounds.Select(r => (r.Id, r)), scope.Includes);
            var entries = await db.ProductEntries.AsNoTracking().ToListAsync();
            Compare("entry", await db.ProductEntries.InScope(scope).Select(e => e.Id).ToListAsync(),
                entries.Select(e => (e.Id, e)), scope.Includes);
            var packages = await db.ProductNominations.AsNoTracking().ToListAsync();
            Compare("package", await db.ProductNominations.InScope(scope).Select(n => n.Id).ToListAsync(),
                packages.Select(n => (n.Id, n)), scope.Includes);
            var producers = await db.Establishments.AsNoTracking().ToListAsync();
            Compare("producer", await db.Establishments.InScope(scope).Select(e => e.Id).ToListAsync(),
                producers.Select(e => (e.Id, e)), scope.Includes);
            // The filter must select something and leave something out, or it proves nothing.
            var inEntries = await db.ProductEntries.InScope(scope).CountAsync();
            if (inEntries == 0 || inEntries == entries.Count) wrong.Add($"entries in scope: {inEntries}");
            return wrong;
        });
        Assert.Empty(disagreements);
    }

    /// <summary>Phú Thọ with every unit of it and of the legacy provinces merged into it; or one commune.</summary>
    private static async Task<UnitScope> ScopeAsync(KhuyenCong.Data.AppDbContext db, string which)
    {
        if (which == "commune")
        {
            var commune = await db.ProductEntries.Select(e => e.LocationUnitId).FirstAsync();
            return UnitScope.Of(new HashSet<int> { commune });
        }
        var codes = new[] { "25", "17", "26" };
        var ids = await db.AdministrativeUnits.Where(u => codes.Contains(u.ProvinceCode) || codes.Contains(u.Code))
            .Select(u => u.Id).ToListAsync();
        return UnitScope.Of(ids.ToHashSet());
    }
}
