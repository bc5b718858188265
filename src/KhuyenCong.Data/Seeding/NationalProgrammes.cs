using KhuyenCong.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The national programme in force now (DOMAIN §1, §10): 2026–2030, QĐ 2646/QĐ-BCT of 23/09/2025. Reference data,
/// so every installation has it for its 2026 plans; added once, when no national programme starts in 2026. (The
/// 2021–2025 programme, QĐ 1881/QĐ-TTg, comes with the demo data's 2021 plans.)
/// </summary>
internal static class NationalProgrammes
{
    public const string Name2026 = "Chương trình khuyến công quốc gia giai đoạn 2026 – 2030";
    public const string Decision2026 = "2646/QĐ-BCT";

    public static async Task AddMissingAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Programmes.AnyAsync(p => p.ProvinceUnitId == null && p.StartYear == 2026, ct)) return;
        db.Programmes.Add(new Programme(Name2026, null, 2026, 2030, Decision2026, new DateOnly(2025, 9, 23)));
        await db.SaveChangesAsync(ct);
    }
}
