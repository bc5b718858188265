using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The demo's 2026, the first full year after the reform (DOMAIN §10), under current boundaries only: the KCQG
/// plan of the 2026–2030 programme allocated in 2026 to the Sở Công Thương of the 34 current provinces, and KCĐP
/// plans of five current provinces (Phú Thọ, which took in Hòa Bình and Vĩnh Phúc; Hà Nội; Lào Cai; Đà Nẵng; Cần
/// Thơ), each allocated to its Sở and extension centre, with projects at current communes (Demo2026Projects).
/// Invented figures in triệu đồng, through the domain methods so the ceilings hold. Idempotent: nothing is added
/// once any 2026 plan exists.
/// </summary>
internal static class Demo2026Seeder
{
    public const int Year = 2026;
    public const string PhuThoCode = "25";
    public static readonly Vnd KcqgEstimate = Vnd.FromMillions(136_000);

    /// <summary>A province with a 2026 KCĐP plan: estimate and its decision, the KCĐP allocations to the Sở and the
    /// extension centre, and the KCQG allocation to its Sở in two tranches.</summary>
    internal sealed record ProvincePlan(string Code, decimal KcdpEstimate, string Decision, DateOnly DecisionDate,
        decimal ToDepartment, decimal ToCentre, decimal KcqgFirst, decimal KcqgSecond);

    internal static readonly IReadOnlyList<ProvincePlan> KcdpProvinces =
    [
        new(PhuThoCode, 1_380, "3125/QĐ-UBND", new(2025, 12, 22), 500, 600, 1_400, 1_000),
        new("01", 9_500, "6870/QĐ-UBND", new(2025, 12, 19), 4_200, 3_000, 1_200, 700),
        new("15", 1_650, "2890/QĐ-UBND", new(2025, 12, 24), 700, 500, 1_300, 800),
        new("48", 2_300, "4015/QĐ-UBND", new(2025, 12, 26), 900, 800, 900, 600),
        new("92", 1_500, "3540/QĐ-UBND", new(2025, 12, 29), 600, 500, 800, 500),
    ];

    private static readonly DateOnly KcqgTranche1 = new(Year, 2, 9);
    private static readonly DateOnly KcqgTranche2 = new(Year, 6, 16);

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.AnnualPlans.AnyAsync(p => p.Year == Year, ct)) return;
        // Earlier demo steps leave thousands of saved entities tracked; every save would scan them all.
        db.ChangeTracker.Clear();
        var organisations = await Demo2026Organisations.LoadAsync(db, ct);

        var kcqg = new AnnualPlan(Year, Fund.Kcqg, null, KcqgEstimate, "2932/QĐ-BCT", new(2025, 12, 26),
            await NationalProgrammeAsync(db, ct));
        db.AnnualPlans.Add(kcqg);
        AllocateNational(kcqg, organisations);

        for (var i = 0; i < KcdpProvinces.Count; i++)
        {
            var p = KcdpProvinces[i];
            var plan = new AnnualPlan(Year, Fund.Kcdp, organisations.Province(p.Code), Vnd.FromMillions(p.KcdpEstimate),
                p.Decision, p.DecisionDate, null);
            db.AnnualPlans.Add(plan);
            var number = $"{118 + i * 37}/QĐ-UBND";
            const string note = "Kinh phí khuyến công địa phương năm 2026";
            var date = new DateOnly(Year, 1, 16);
            plan.Allocate(organisations.Department(p.Code), 1, Vnd.FromMillions(p.ToDepartment), number, date, note);
            plan.Allocate(organisations.Centre(p.Code), 1, Vnd.FromMillions(p.ToCentre), number, date, note);
        }
        await db.SaveChangesAsync(ct);
        await Demo2026Projects.SeedAsync(db, organisations, ct);
    }

    /// <summary>
    /// The first tranche to every current province's Sở in February, a second in June to the demo's five provinces
    /// and every other one of the rest; nobody else is allocated in 2026.
    /// </summary>
    private static void AllocateNational(AnnualPlan kcqg, Demo2026Organisations organisations)
    {
        for (var i = 0; i < organisations.Provinces.Count; i++)
        {
            var code = organisations.Provinces[i].Code;
            var department = organisations.Department(code);
            var (first, second) = KcdpProvinces.SingleOrDefault(p => p.Code == code) is { } named
                ? (named.KcqgFirst, named.KcqgSecond)
                : (900 + i * 373 % 900 / 10 * 10m, i % 2 == 0 ? 500 + i * 151 % 400 / 10 * 10m : 0m);
            kcqg.Allocate(department, 1, Vnd.FromMillions(first), "215/QĐ-BCT", KcqgTranche1, null);
            if (second > 0)
                kcqg.Allocate(department, 2, Vnd.FromMillions(second), "1318/QĐ-BCT", KcqgTranche2, null);
        }
    }

    /// <summary>The national programme 2026–2030 (QĐ 2646/QĐ-BCT, 23/09/2025), added if not seeded yet.</summary>
    private static async Task<Programme> NationalProgrammeAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Programmes
            .Where(p => p.ProvinceUnitId == null && p.StartYear <= Year && Year <= p.EndYear)
            .OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (existing is not null) return existing;
        var programme = new Programme("Chương trình khuyến công quốc gia giai đoạn 2026 – 2030", null, 2026, 2030,
            "2646/QĐ-BCT", new(2025, 9, 23));
        db.Programmes.Add(programme);
        return programme;
    }
}
