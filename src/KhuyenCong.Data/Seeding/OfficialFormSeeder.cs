using KhuyenCong.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The official tables' form numbers as the portal printed them when they became data (issue 14): a key without
/// any entry gets its default, so administrators' corrections and replacements survive restarts. Written by the
/// start-up's own save, audited under the system user like the other reference lists.
/// </summary>
internal static class OfficialFormSeeder
{
    /// <summary>Circular 20/2017/TT-BCT (detailing Decree 45/2012/NĐ-CP), whose annexes hold Mẫu 1 and Mẫu 2, in
    /// force from 15/11/2017 (a document dated earlier cites no instrument rather than a later one).</summary>
    private static readonly DateOnly Since = new(2017, 11, 15);

    /// <summary>The portal's own tables cite no instrument and cover every year it holds (plan years from 2000).
    /// </summary>
    private static readonly DateOnly PortalSince = new(2000, 1, 1);

    private const string Circular20 = "ban hành kèm theo Thông tư số 20/2017/TT-BCT";

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var present = await db.OfficialForms.Select(f => f.Key).Distinct().ToListAsync(ct);
        var defaults = new OfficialForm[]
        {
            new(OfficialFormKeys.CostEstimate, "Mẫu số 1", Circular20, Since),
            new(OfficialFormKeys.Registration, "Mẫu số 2", Circular20, Since),
            new(OfficialFormKeys.Implementation, "Biểu số 01/BC-KC", null, PortalSince),
            new(OfficialFormKeys.Indicators, "Biểu số 02/BC-KC", null, PortalSince),
            new(OfficialFormKeys.Allocation, "Biểu số 03/PB-KC", null, PortalSince),
            new(OfficialFormKeys.Budget, "Biểu số 04/KP-KC", null, PortalSince),
        };
        var missing = defaults.Where(d => !present.Contains(d.Key)).ToList();
        if (missing.Count == 0) return;
        db.OfficialForms.AddRange(missing);
        await db.SaveChangesAsync(ct);
    }
}
