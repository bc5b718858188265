using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The demo's 2026 KCQG registration round in consolidation (DOMAIN §11 steps 1–3): opened by the ministry on
/// 16/02/2026 with a deadline of 31/03/2026 and a figure for each of the 34 provinces; Lào Cai and Cần Thơ sent on
/// time, Đà Nẵng was returned once and resent, Phú Thọ sent late, Hà Nội and the others have not sent. The packages
/// hold new base-appraised projects (<see cref="RegistrationDemoProjects"/>), registered through the packages by the
/// domain's own steps; one company is a beneficiary in two provinces and one cooperative twice in Cần Thơ, so the
/// consolidation shows its duplicate-funding warnings. Idempotent: nothing is added once a 2026 round exists.
/// </summary>
internal static class RegistrationDemoSeeder
{
    private const int Year = Demo2026Seeder.Year;
    private static readonly DateOnly Opened = new(Year, 2, 16);
    private static readonly DateOnly Deadline = new(Year, 3, 31);

    /// <summary>The demo provinces' own figures (triệu đồng); the others get invented ones.</summary>
    private static readonly Dictionary<string, decimal> Figures = new()
    {
        [Demo2026Seeder.PhuThoCode] = 1_500, ["01"] = 2_000, ["15"] = 900, ["48"] = 800, ["92"] = 400,
    };

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.RegistrationRounds.AnyAsync(r => r.Year == Year, ct)) return;
        db.ChangeTracker.Clear();
        var organisations = await Demo2026Organisations.LoadAsync(db, ct);
        var figures = organisations.Provinces.Select((p, i) => (p, i)).ToDictionary(x => x.p.Id,
            x => Vnd.FromMillions(Figures.TryGetValue(x.p.Code, out var f) ? f : 1_000 + x.i * 263 % 1_500 / 50 * 50));
        var round = new RegistrationRound(Year, Opened, Deadline,
            "Công văn số 812/BCT-ĐMST ngày 16/02/2026 hướng dẫn đăng ký kế hoạch khuyến công quốc gia năm 2026",
            figures);
        db.RegistrationRounds.Add(round);
        await db.SaveChangesAsync(ct);

        var projects = await RegistrationDemoProjects.SeedAsync(db, organisations, ct);
        // The 2026 demo's own Phú Thọ KCQG proposal waiting for registration goes with the province's package.
        var listed = projects.Values.SelectMany(l => l.Select(p => p.Id)).ToList();
        projects[Demo2026Seeder.PhuThoCode].AddRange(await db.Projects.Include(p => p.Beneficiaries)
            .Where(p => p.Fund == Fund.Kcqg && p.Year == Year && p.Status == ProjectStatus.BaseAppraised
                        && p.ProvinceCode == Demo2026Seeder.PhuThoCode && !listed.Contains(p.Id))
            .OrderBy(p => p.Id).ToListAsync(ct));
        var ministry = await db.Users.Where(u => u.Email == DemoAccounts.MinistryOfficer)
            .Select(u => new Actor(u.Id, u.FullName, u.OrganisationId)).SingleAsync(ct);
        var rows = await RowsAsync(db, projects.SelectMany(p => p.Value), ct);

        Actor Officer(string code) =>
            new($"demo-2026-{code}-so", "Cán bộ Sở Công Thương (dữ liệu mẫu)", organisations.Department(code).Id);
        ProvincePackage Send(string code, DateOnly day, string letter, Actor? by = null)
        {
            var department = organisations.Department(code);
            var sender = by ?? Officer(code);
            var list = projects[code];
            var package = ProvincePackage.Submit(round, organisations.Province(code).Id, department.Id, list,
                list.Select(p => rows[p.Id]).ToList(), Letter(code, letter, day), sender, At(day), day);
            db.RegistrationPackages.Add(package);
            return package;
        }

        Send("15", new(Year, 3, 27), "415/SCT-KTATMT");
        Send("92", new(Year, 3, 25), "602/SCT-QLCN");
        var daNang = Send("48", new(Year, 3, 20), "388/SCT-QLCN");
        daNang.Return(round, projects["48"], "Công văn chưa ký số; bổ sung thuyết minh mô hình trình diễn.", ministry,
            At(new(Year, 3, 24)));
        var resent = new DateOnly(Year, 3, 30);
        daNang.Resubmit(round, projects["48"], projects["48"].Select(p => rows[p.Id]).ToList(),
            Letter("48", "421/SCT-QLCN", resent), Officer("48"), At(resent), resent);
        var phuTho = await db.Users.Where(u => u.Email == DemoAccounts.PhuThoDepartment)
            .Select(u => new Actor(u.Id, u.FullName, u.OrganisationId)).SingleAsync(ct);
        Send(Demo2026Seeder.PhuThoCode, new(Year, 4, 2), "702/SCT-QLCN", phuTho);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A letter on record without its scan: the demo ships no files, so the page names the letter and its download
    /// answers 404 until an officer resends with a real PDF.
    /// </summary>
    private static PackageLetter Letter(string code, string number, DateOnly day) =>
        new(number, day, $"cong-van-{code}-{number.Split('/')[0]}.pdf", "application/pdf", 0,
            $"demo-{code}-{number.Split('/')[0]}.pdf");

    private static async Task<Dictionary<int, PackageRow>> RowsAsync(AppDbContext db, IEnumerable<Project> projects,
        CancellationToken ct)
    {
        var list = projects.ToList();
        var contents = await db.ActivityContents.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var organisationIds = list.Select(p => p.ImplementingOrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
        var unitIds = list.Select(p => p.LocationUnitId).Distinct().ToList();
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var beneficiaryIds = list.SelectMany(p => p.Beneficiaries.Select(b => b.EstablishmentId)).Distinct().ToList();
        var establishments = await db.Establishments.AsNoTracking().Where(e => beneficiaryIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, ct);
        return list.ToDictionary(p => p.Id, p => new PackageRow(p, contents[p.ActivityContentId].Name,
            contents[p.ActivityContentId].SortOrder, organisations[p.ImplementingOrganisationId].NameOn(Deadline),
            units[p.LocationUnitId], p.Beneficiaries.Select(b => establishments[b.EstablishmentId])
                .Select(e => new PackageRowBeneficiary(e.Id, e.Name, e.TaxCode))));
    }

    internal static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
}
