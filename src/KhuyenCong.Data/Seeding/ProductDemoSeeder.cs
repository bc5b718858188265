using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Demo data of DOMAIN §6 and §9: the 4th national round (2021) as the seed article tells it — 310 entries from 58
/// of the 63 provinces, 52/194/33/31 by group, exactly 200 certified — plus a closed Hòa Bình round of 2025 (its
/// certificates are still valid), a Phú Thọ round of 2026 being scored and an open northern regional round of 2026
/// that lists the provinces it covers (Circular 38/2025/TT-BCT). Names and scores are invented,
/// deterministically, so every run gives the same figures. Idempotent: skipped when the national round exists.
/// </summary>
internal static class ProductDemoSeeder
{
    public const int NationalEntries = 310;
    public const int NationalCertified = 200;
    private static readonly (string Code, int Count)[] GroupCounts =
        [("TCMN", 52), ("CBNLTS", 194), ("TBMM", 33), ("KHAC", 31)];

    /// <summary>
    /// Provinces (legacy codes) that sent no entry to the 2021 national round: 63 − 5 = 58 took part.
    /// </summary>
    private static readonly HashSet<string> AbsentProvinces = ["04", "11", "62", "77", "94"];

    private static readonly Dictionary<string, string[]> ProductNames = new()
    {
        ["TCMN"] = ["Mây tre đan", "Gốm mỹ nghệ", "Thổ cẩm dệt tay", "Chổi chít", "Tranh thêu tay", "Đồ gỗ mỹ nghệ",
            "Nón lá"],
        ["CBNLTS"] = ["Chè xanh", "Mật ong rừng", "Miến dong", "Nước mắm", "Cà phê bột", "Gạo đặc sản", "Cam sấy dẻo",
            "Măng khô", "Rượu men lá"],
        ["TBMM"] = ["Máy tuốt lúa", "Máy sấy nông sản", "Dao rèn thủ công", "Máy thái thức ăn chăn nuôi",
            "Máy ép viên"],
        ["KHAC"] = ["Tinh dầu sả", "Phân bón hữu cơ vi sinh", "Xà phòng thảo mộc", "Than hoạt tính"],
    };

    private static readonly string[] LegalFormCodes = ["HTX", "DNNVV", "HKD", "THT", "DNNVV", "HTX", "NN"];

    public static async Task SeedAsync(AppDbContext db, UserManager<AppUser> users, CancellationToken ct)
    {
        if (await db.ProductRounds.AnyAsync(r => r.Level == RoundLevel.National && r.Year == 2021, ct)) return;

        var council = await EnsureCouncilAsync(db, users, ct);
        var context = await SeedContext.LoadAsync(db, ct);
        var establishments = new List<Establishment>();

        SeedNationalRound(db, context, await OrganiserAsync(db, context, DemoOrganisations.MinistryDepartment, ct),
            council, establishments);
        var hoaBinhCertificates = SeedHoaBinhRound(db, context,
            await OrganiserAsync(db, context, DemoOrganisations.HoaBinhDepartment, ct), council, establishments);
        SeedPhuThoRound(db, context, await OrganiserAsync(db, context, DemoOrganisations.PhuThoDepartment, ct),
            council, establishments);
        var northern = await SeedNorthernRoundAsync(db, context, ct);
        await ProductNominationDemoSeeder.SeedAsync(db, context, northern, hoaBinhCertificates,
            await OrganiserAsync(db, context, DemoOrganisations.PhuThoDepartment, ct), ct);
        CommendationDemoSeeder.Add(db, context.Province(UnitGeneration.Legacy, "17"));

        db.Establishments.AddRange(establishments);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The organiser with its scope unit: the round checks its kind and unit by the round's date.</summary>
    private static Task<Organisation> OrganiserAsync(AppDbContext db, SeedContext context, string name,
        CancellationToken ct) => OrganiserAsync(db, context.OrganisationId(name), ct);

    private static Task<Organisation> OrganiserAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Organisations.Include(o => o.ScopeUnit).SingleAsync(o => o.Id == id, ct);

    /// <summary>
    /// An open regional round of 2026 for the northern provinces (current units), organised by the ministry officer's
    /// organisation (whichever ministry organisation is active in 2026).
    /// </summary>
    private static async Task<ProductRound> SeedNorthernRoundAsync(AppDbContext db, SeedContext context,
        CancellationToken ct)
    {
        var organiserId = await db.Users.Where(u => u.Id == context.MinistryOfficerId).Select(u => u.OrganisationId)
            .SingleAsync(ct);
        var codes = RegionProvinces.Codes(Region.North);
        var provinces = await db.AdministrativeUnits
            .Where(u => u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Current
                && codes.Contains(u.Code))
            .ToListAsync(ct);
        var round = new ProductRound(RoundLevel.Regional, 2026, 5, Region.North,
            await OrganiserAsync(db, organiserId, ct), new(2026, 9, 1), new(2026, 12, 15), context.Criteria(),
            ProductRound.DefaultPassThreshold, null, provinces);
        // Each province nominates at most three products (issue 13, product nominations).
        round.SetNominationQuota(3);
        db.ProductRounds.Add(round);
        return round;
    }

    private static void SeedNationalRound(AppDbContext db, SeedContext context, Organisation organiser,
        IReadOnlyList<AppUser> council, List<Establishment> establishments)
    {
        var round = new ProductRound(RoundLevel.National, 2021, 4, null, organiser,
            new(2021, 6, 1), new(2021, 9, 30), context.Criteria(), ProductRound.DefaultPassThreshold, null);
        foreach (var member in council) round.AssignMember(member.Id, member.FullName);
        db.ProductRounds.Add(round);

        var provinces = context.LegacyProvinces.Where(p => !AbsentProvinces.Contains(p.Code)).ToList();
        var random = new Random(2021);
        // Groups in a shuffled order so that each province gets a mix; the counts are the article's.
        var groups = GroupCounts.SelectMany(g => Enumerable.Repeat(g.Code, g.Count)).OrderBy(_ => random.Next())
            .ToList();
        // Which entries pass: a shuffled set of exactly 200.
        var passing = Enumerable.Range(0, NationalEntries).OrderBy(_ => random.Next()).Take(NationalCertified)
            .ToHashSet();

        round.StartScoring();
        var entries = new List<ProductEntry>(NationalEntries);
        for (var i = 0; i < NationalEntries; i++)
        {
            var province = provinces[i % provinces.Count];
            var commune = context.Commune(UnitGeneration.Legacy, province.Code, i / provinces.Count);
            var group = groups[i];
            var names = ProductNames[group];
            var productName = $"{names[i % names.Length]} {ShortName(province.Name)}";
            var establishment = NewEstablishment(context, i, productName, commune);
            establishments.Add(establishment);

            var entry = ProductEntry.Imported(round, productName, context.GroupId(group), establishment, commune,
                province.Id,
                "Sản phẩm dự bình chọn cấp quốc gia năm 2021 (dữ liệu minh họa).", context.MinistryOfficerId);
            // Every 31st entry: the last member declared a conflict of interest and did not score it.
            var recused = i % 31 == 0;
            if (recused) entry.Recuse(round, council[^1].Id, "Có quan hệ với cơ sở sản xuất");
            var target = passing.Contains(i) ? 70 + i % 26 : 45 + i % 25;
            ScoreAll(entry, round, council, target, recused);
            entries.Add(entry);
        }
        db.ProductEntries.AddRange(entries);

        var issued = new DateOnly(2021, 12, 15);
        var ranking = round.Decide("3546/QĐ-BCT", issued, entries);
        var number = 0;
        foreach (var ranked in ranking.Where(r => r.Recognised))
            ranked.Entry.IssueCertificate(round, $"QG-2021-{++number:000}", issued);
        round.Close();
    }

    /// <summary>Returns the certificates issued, which Phú Thọ (Hòa Bình's successor) nominates onwards.</summary>
    private static List<Certificate> SeedHoaBinhRound(AppDbContext db, SeedContext context, Organisation organiser,
        IReadOnlyList<AppUser> council, List<Establishment> establishments)
    {
        var province = context.Province(UnitGeneration.Legacy, "17");
        var round = new ProductRound(RoundLevel.Provincial, 2025, 5, null, organiser,
            new(2025, 3, 1), new(2025, 4, 15), context.Criteria(), ProductRound.DefaultPassThreshold, null);
        foreach (var member in council.Skip(1).Take(3)) round.AssignMember(member.Id, member.FullName);
        db.ProductRounds.Add(round);
        round.StartScoring();
        string[] products = ["Cam Cao Phong", "Rượu cần Mường", "Thổ cẩm Mai Châu", "Mật ong bạc hà Hòa Bình"];
        int[] targets = [88, 81, 76, 62];
        var entries = new List<ProductEntry>();
        for (var i = 0; i < products.Length; i++)
        {
            var commune = context.Commune(UnitGeneration.Legacy, "17", i);
            var establishment = NewEstablishment(context, 1000 + i, products[i], commune);
            establishments.Add(establishment);
            var entry = ProductEntry.Imported(round, products[i], context.GroupId(i == 2 ? "TCMN" : "CBNLTS"),
                establishment, commune, province.Id,
                "Sản phẩm dự bình chọn cấp tỉnh năm 2025 (dữ liệu minh họa).", context.MinistryOfficerId);
            ScoreAll(entry, round, council.Skip(1).Take(3).ToList(), targets[i], recused: false);
            entries.Add(entry);
        }
        db.ProductEntries.AddRange(entries);
        var issued = new DateOnly(2025, 5, 20);
        var number = 0;
        var certificates = round.Decide("845/QĐ-SCT", issued, entries).Where(r => r.Recognised)
            .Select(ranked => ranked.Entry.IssueCertificate(round, $"HB-2025-{++number:000}", issued)).ToList();
        round.Close();
        return certificates;
    }

    /// <summary>
    /// A round being scored, so the council's work and the "scored by k/n" progress can be tried out.
    /// </summary>
    private static void SeedPhuThoRound(AppDbContext db, SeedContext context, Organisation organiser,
        IReadOnlyList<AppUser> council, List<Establishment> establishments)
    {
        var province = context.Province(UnitGeneration.Current, "25");
        var round = new ProductRound(RoundLevel.Provincial, 2026, 1, null, organiser,
            new(2026, 8, 1), new(2026, 10, 31), context.Criteria(), ProductRound.DefaultPassThreshold, 3);
        foreach (var member in council.Take(3)) round.AssignMember(member.Id, member.FullName);
        db.ProductRounds.Add(round);
        round.StartScoring();
        string[] products = ["Bưởi Đoan Hùng", "Chè Long Cốc", "Cam Cao Phong sấy dẻo", "Nón lá Sai Nga"];
        for (var i = 0; i < products.Length; i++)
        {
            var commune = context.Commune(UnitGeneration.Current, "25", i);
            var establishment = NewEstablishment(context, 2000 + i, products[i], commune);
            establishments.Add(establishment);
            var entry = ProductEntry.Imported(round, products[i], context.GroupId(i == 3 ? "TCMN" : "CBNLTS"),
                establishment, commune, province.Id,
                "Sản phẩm dự bình chọn cấp tỉnh năm 2026 (dữ liệu minh họa).", context.MinistryOfficerId);
            // Only the third member has scored so far: "1/3" for every entry.
            entry.Score(round, council[2].Id, Split(75 + i));
            db.ProductEntries.Add(entry);
        }
    }

    /// <summary>
    /// Each member's total is the target plus an offset; the offsets add up to zero, so the mean is the target.
    /// </summary>
    private static void ScoreAll(ProductEntry entry, ProductRound round, IReadOnlyList<AppUser> council, int target,
        bool recused)
    {
        int[] offsets = recused ? [-2, -1, 1, 2] : council.Count == 5 ? [-2, -1, 0, 1, 2] : [-1, 0, 1];
        var scorers = council.Where(m => !entry.IsRecused(m.Id)).ToList();
        for (var m = 0; m < scorers.Count; m++)
            entry.Score(round, scorers[m].Id, Split(target + offsets[m]));
    }

    /// <summary>A total split over the default sheet 40/40/10/10, each part within its maximum.</summary>
    private static int[] Split(int total)
    {
        var small = total / 10;
        var rest = total - 2 * small;
        var first = (rest + 1) / 2;
        return [first, rest - first, small, small];
    }

    private static Establishment NewEstablishment(SeedContext context, int i, string product,
        AdministrativeUnit commune)
    {
        var form = LegalFormCodes[i % LegalFormCodes.Length];
        var name = form switch
        {
            "HTX" => $"Hợp tác xã {product}",
            "DNNVV" => $"Công ty TNHH {product}",
            "THT" => $"Tổ hợp tác {product}",
            "NN" => $"Nghệ nhân {product}",
            _ => $"Hộ kinh doanh {product}",
        };
        string? taxCode = form is "HTX" or "DNNVV" ? (5400000000L + i)
            .ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new Establishment(name, context.LegalFormId(form), commune, null, taxCode,
            i % 4 == 0 ? $"Làng nghề {commune.Name}" : null, ownerIsWoman: i % 3 == 0, ownerIsEthnicMinority: i % 5
                == 0);
    }

    private static string ShortName(string province) =>
        province.Replace("Thành phố ", "", StringComparison.Ordinal).Replace("Tỉnh ", "", StringComparison.Ordinal);

    /// <summary>
    /// The council: the demo member and four generated ones (one password hash, computed once: hashing is slow by
    /// design).
    /// </summary>
    private static async Task<IReadOnlyList<AppUser>> EnsureCouncilAsync(AppDbContext db, UserManager<AppUser> users,
        CancellationToken ct)
    {
        string[] names = ["Phạm Thị Thẩm Định", "Vũ Văn Chuyên Gia", "Đặng Thị Hội Đồng", "Ngô Văn Bình Chọn"];
        var organisationId = await db.Organisations.Where(o => o.Name == DemoOrganisations.MinistryDepartment)
            .Select(o => o.Id).SingleAsync(ct);
        var result = new List<AppUser> { (await users.FindByEmailAsync(DemoAccounts.Council))! };
        string? hash = null;
        for (var i = 0; i < names.Length; i++)
        {
            var email = $"hoidong.{i + 2:00}@khuyencong.local";
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = email, Email = email, EmailConfirmed = true, FullName = names[i],
                    OrganisationId = organisationId, LockoutEnabled = true,
                };
                user.PasswordHash = hash ??= users.PasswordHasher.HashPassword(user, DemoAccounts.Password);
                Check(await users.CreateAsync(user), email);
                Check(await users.AddToRoleAsync(user, Domain.Common.RoleNames.CouncilMember), email);
            }
            result.Add(user);
        }
        return result;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Demo council account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
