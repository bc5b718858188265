using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The budget figures of the seed article for 2021 (DOMAIN §9), with invented detail where it has none:
/// 338 billion planned (KCQG 150 billion, KCĐP 188 billion spread over the 63 provinces, Hòa Bình 405
/// million); KCQG allocated 75,641 million to 46 provinces' departments, five ministry service units and
/// Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 1, Hòa Bình 1,100 million in two tranches.
/// Amounts go through the domain methods, so the ceilings hold for the demo too. Idempotent.
/// </summary>
internal static class BudgetDemoSeeder
{
    public const int Year = 2021;
    public static readonly Vnd KcqgEstimate = Vnd.FromMillions(150_000);
    public static readonly Vnd KcdpEstimate = Vnd.FromMillions(188_000);
    public static readonly Vnd KcqgAllocated = Vnd.FromMillions(75_641);
    public static readonly Vnd HoaBinhKcqg = Vnd.FromMillions(1_100);
    public static readonly Vnd HoaBinhKcdp = Vnd.FromMillions(405);
    public const string HoaBinhCode = "17";

    public static readonly IReadOnlyList<(string Name, decimal Millions)> ServiceUnits =
    [
        (DemoOrganisations.ServiceCentre1, 9_500),
        ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 2", 3_200),
        ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 3", 2_900),
        ("Viện Nghiên cứu Cơ khí", 2_450),
        ("Trường Cao đẳng Kinh tế - Kỹ thuật Công thương", 2_100),
        ("Báo Công Thương", 1_800),
    ];

    private static readonly DateOnly Tranche1 = new(Year, 2, 5);
    private static readonly DateOnly Tranche2 = new(Year, 6, 15);

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.AnnualPlans.AnyAsync(p => p.Year == Year, ct)) return;

        var provinces = await db.AdministrativeUnits
            .Where(u => u.Generation == UnitGeneration.Legacy && u.Level == UnitLevel.Province)
            .OrderBy(u => u.Code).ToListAsync(ct);
        var organisations = await db.Organisations.ToListAsync(ct);
        var departments = provinces.ToDictionary(p => p.Code, p => DepartmentOf(p, organisations, db));
        var serviceUnits = ServiceUnits.Select(s => Find(organisations, s.Name)
            ?? Add(db, organisations,
                new Organisation(s.Name, OrganisationKind.MinistryServiceUnit, null, new(2010, 1, 1)))).ToList();
        var hoaBinhCentre = organisations.Single(o => o.Name == DemoOrganisations.HoaBinhCentre);

        var national = new Programme("Chương trình khuyến công quốc gia giai đoạn 2021 – 2025", null, 2021, 2025,
            "1881/QĐ-TTg", new(2020, 11, 24));
        var hoaBinh = provinces.Single(p => p.Code == HoaBinhCode);
        var hoaBinhProgramme =
            new Programme("Chương trình khuyến công tỉnh Hòa Bình giai đoạn 2021 – 2025", hoaBinh, 2021, 2025,
            "2918/QĐ-UBND", new(2020, 12, 28));
        db.Programmes.AddRange(national, hoaBinhProgramme);

        var kcqg = new AnnualPlan(Year, Fund.Kcqg, null, KcqgEstimate, "2146/QĐ-BCT", new(2020, 12, 30), national);
        db.AnnualPlans.Add(kcqg);
        SeedNationalAllocations(kcqg, provinces, departments, serviceUnits);

        var kcdpEstimates = Spread(KcdpEstimate - HoaBinhKcdp, provinces.Count - 1, 1_000, 4_000);
        var i = 0;
        foreach (var province in provinces)
        {
            var isHoaBinh = province.Code == HoaBinhCode;
            var estimate = isHoaBinh ? HoaBinhKcdp : kcdpEstimates[i++];
            var plan = new AnnualPlan(Year, Fund.Kcdp, province, estimate, $"{3000 + i * 7}/QĐ-UBND", new(2020, 12, 20),
                isHoaBinh ? hoaBinhProgramme : null);
            db.AnnualPlans.Add(plan);
            if (isHoaBinh)
                plan.Allocate(hoaBinhCentre, 1, HoaBinhKcdp, "1947/QĐ-UBND", new(Year, 9, 1), "Đề án KCĐP năm 2021");
            else if (i % 3 == 0)
                plan.Allocate(departments[province.Code], 1, Vnd.FromMillions(decimal.Floor(estimate.Millions * 0.6m)),
                    $"{200 + i}/QĐ-UBND", Tranche1.AddDays(30), null);
        }
        SeedLaterYears(db, provinces, departments, kcqg, hoaBinhCentre, national, hoaBinhProgramme);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Estimate of KCQG, KCĐP total, Hòa Bình's KCĐP and the KCQG scale against 2021, for the later years of the
    /// programme.
    /// </summary>
    private static readonly (int Year, decimal Kcqg, decimal Kcdp, decimal HoaBinh, decimal Scale)[] LaterYears =
    [
        (2022, 120_000, 195_000, 430, 1.20m),
        (2023, 125_000, 203_000, 450, 1.30m),
        (2024, 130_000, 210_000, 470, 1.35m),
        (2025, 128_000, 206_000, 460, 1.25m),
    ];

    /// <summary>
    /// 2022–2025, invented so that the dashboards' trends have something to show: each year's KCQG plan
    /// allocated in one tranche to the 2021 recipients (scaled), and every province's KCĐP plan 70% allocated.
    /// </summary>
    private static void SeedLaterYears(AppDbContext db, List<AdministrativeUnit> provinces, Dictionary<string,
        Organisation> departments,
        AnnualPlan kcqg2021, Organisation hoaBinhCentre, Programme national, Programme hoaBinhProgramme)
    {
        var recipients = kcqg2021.Allocations.GroupBy(a => a.Recipient!)
            .Select(g => (Recipient: g.Key, Total: Vnd.Sum(g.Select(a => a.Amount)))).ToList();
        foreach (var (year, kcqgEstimate, kcdpTotal, hoaBinhKcdp, scale) in LaterYears)
        {
            var kcqg = new AnnualPlan(year, Fund.Kcqg, null, Vnd.FromMillions(kcqgEstimate),
                $"{2100 + year % 100}/QĐ-BCT", new(year - 1, 12, 28), national);
            db.AnnualPlans.Add(kcqg);
            foreach (var (recipient, total) in recipients)
                kcqg.Allocate(recipient, 1, Vnd.FromMillions(decimal.Round(total.Millions * scale / 10) * 10),
                    $"{300 + year % 100}/QĐ-BCT", new(year, 2, 10), null);

            var estimates = Spread(Vnd.FromMillions(kcdpTotal - hoaBinhKcdp), provinces.Count - 1, 1_000, 4_000);
            var i = 0;
            foreach (var province in provinces)
            {
                var isHoaBinh = province.Code == HoaBinhCode;
                var estimate = isHoaBinh ? Vnd.FromMillions(hoaBinhKcdp) : estimates[i++];
                var plan = new AnnualPlan(year, Fund.Kcdp, province, estimate, $"{3000 + i * 7}/QĐ-UBND",
                    new(year - 1, 12, 20),
                    isHoaBinh ? hoaBinhProgramme : null);
                db.AnnualPlans.Add(plan);
                plan.Allocate(isHoaBinh ? hoaBinhCentre : departments[province.Code], 1,
                    Vnd.FromMillions(decimal.Floor(estimate.Millions * 0.7m)),
                    $"{100 + i}/QĐ-UBND", new(year, 3, 1), null);
            }
        }
    }

    /// <summary>
    /// 46 provinces (Hòa Bình among them) and the six ministry units, in two tranches, one correction.
    /// </summary>
    private static void SeedNationalAllocations(AnnualPlan kcqg, List<AdministrativeUnit> provinces,
        Dictionary<string, Organisation> departments, List<Organisation> serviceUnits)
    {
        // 45 provinces besides Hòa Bình, picked by a fixed permutation so the choice is stable.
        var others = provinces.Where(p => p.Code != HoaBinhCode).ToList();
        var chosen = others.Where((_, index) => index * 7 % others.Count < 45).ToList();
        var serviceTotal = Vnd.Sum(ServiceUnits.Select(s => Vnd.FromMillions(s.Millions)));
        var amounts = Spread(KcqgAllocated - serviceTotal - HoaBinhKcqg, chosen.Count, 600, 1_100);

        for (var k = 0; k < chosen.Count; k++)
        {
            var recipient = departments[chosen[k].Code];
            var amount = amounts[k];
            if (k == 0)
            {
                // One over-allocation corrected in the second tranche: the demo shows how corrections read.
                var first = kcqg.Allocate(recipient, 1, amount + Vnd.FromMillions(100), "347/QĐ-BCT", Tranche1, null);
                kcqg.Correct(first, -Vnd.FromMillions(100), "1582/QĐ-BCT", Tranche2,
                    "Điều chỉnh giảm do đơn vị không đủ điều kiện triển khai một đề án");
            }
            else if (k % 2 == 0)
            {
                kcqg.Allocate(recipient, 1, amount, "347/QĐ-BCT", Tranche1, null);
            }
            else
            {
                var part = Vnd.FromMillions(decimal.Floor(amount.Millions * 0.6m / 10) * 10);
                kcqg.Allocate(recipient, 1, part, "347/QĐ-BCT", Tranche1, null);
                kcqg.Allocate(recipient, 2, amount - part, "1582/QĐ-BCT", Tranche2, null);
            }
        }
        var hoaBinh = departments[HoaBinhCode];
        kcqg.Allocate(hoaBinh, 1, Vnd.FromMillions(600), "347/QĐ-BCT", Tranche1, "Đề án ứng dụng máy móc thiết bị");
        kcqg.Allocate(hoaBinh, 2, HoaBinhKcqg - Vnd.FromMillions(600), "1582/QĐ-BCT", Tranche2, null);
        for (var s = 0; s < serviceUnits.Count; s++)
            kcqg.Allocate(serviceUnits[s], 1, Vnd.FromMillions(ServiceUnits[s].Millions), "347/QĐ-BCT", Tranche1, null);
    }

    /// <summary>
    /// Splits a total into <paramref name="count"/> stable, uneven amounts (multiples of 10 million, the last takes the
    /// rest).
    /// </summary>
    internal static List<Vnd> Spread(Vnd total, int count, int low, int width)
    {
        var amounts = new List<Vnd>(count);
        for (var k = 0; k < count - 1; k++) amounts.Add(Vnd.FromMillions(low + k * 373 % width / 10 * 10));
        var rest = total - Vnd.Sum(amounts);
        if (rest.Dong <= 0) throw new InvalidOperationException("Demo budget spread does not fit its total.");
        amounts.Add(rest);
        return amounts;
    }

    /// <summary>The province's department of that time: a reference organisation (ReferenceOrganisationSeeder).
    /// </summary>
    private static Organisation DepartmentOf(
        AdministrativeUnit province, List<Organisation> organisations, AppDbContext db) =>
        organisations.First(o => o.Kind == OrganisationKind.ProvincialDepartment && o.ScopeUnitId == province.Id);

    private static Organisation? Find(List<Organisation> organisations, string name)
        => organisations.FirstOrDefault(o => o.Name == name);

    private static Organisation Add(AppDbContext db, List<Organisation> organisations, Organisation organisation)
    {
        db.Organisations.Add(organisation);
        organisations.Add(organisation);
        return organisation;
    }
}
