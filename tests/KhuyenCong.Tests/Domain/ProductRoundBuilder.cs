using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;

namespace KhuyenCong.Tests.Domain;

/// <summary>Rounds and entries in memory, in the states the product tests need.</summary>
internal static class ProductRoundBuilder
{
    public static readonly DateOnly Today = new(2026, 9, 1);
    public static readonly AdministrativeUnit Province = new("17", "Tỉnh Hoà Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);

    /// <summary>Current Phú Thọ (25), successor of Hòa Bình (17), and a current commune of it.</summary>
    public static readonly AdministrativeUnit CurrentProvince =
        new("25", "Tỉnh Phú Thọ", "Tỉnh", UnitLevel.Province, UnitGeneration.Current, null);

    public static readonly AdministrativeUnit CurrentCommune =
        new("05089", "Xã Cao Phong", "Xã", UnitLevel.Commune, UnitGeneration.Current, CurrentProvince);

    public static readonly AdministrativeUnit SouthernProvince =
        new("79", "Thành phố Hồ Chí Minh", "Thành phố", UnitLevel.Province, UnitGeneration.Current, null);

    public static readonly Organisation Ministry =
        new("Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", OrganisationKind.Ministry, null, new(2017, 11, 1));

    public static readonly Organisation Department =
        new("Sở Công Thương tỉnh Phú Thọ", OrganisationKind.ProvincialDepartment, CurrentProvince, new(2025, 7, 1));

    public static readonly Organisation CommuneCommittee =
        new("UBND xã Cao Phong", OrganisationKind.CommuneCommittee, CurrentCommune, new(2025, 7, 1));

    public static readonly string[] Members = ["m1", "m2", "m3"];

    /// <summary>The organiser Circular 38 expects for a 2026 round of the level.</summary>
    public static Organisation OrganiserOf(RoundLevel level) => level switch
    {
        RoundLevel.Provincial => Department,
        RoundLevel.Local => CommuneCommittee,
        _ => Ministry,
    };

    public static RoundCriterion[] DefaultCriteria() =>
        [new("TC1", "Thị trường", 40, 1), new("TC2", "Hiệu quả", 40, 2), new("TC3", "Văn hóa", 10, 3), new("TC4", "Khác", 10, 4)];

    public static ProductRound Round(RoundLevel level = RoundLevel.Provincial, int threshold = 70, int? quota = null) =>
        new(level, 2026, 1, level == RoundLevel.Regional ? Region.North : null, OrganiserOf(level),
            Today.AddDays(-30), Today.AddDays(30), DefaultCriteria(), threshold, quota,
            level == RoundLevel.Regional ? [CurrentProvince] : null);

    /// <summary>An entry from legacy Hòa Bình, which counts for Phú Thọ.</summary>
    public static ProductEntry Entry(ProductRound round, string name = "Cam Cao Phong", string registeredBy = "officer", Certificate? prerequisite = null) =>
        new(round, name, 1, Establishment(), Province, Province, CurrentProvince, null, registeredBy, prerequisite,
            Today);

    public static Establishment Establishment() => new("HTX Cam Cao Phong", 1, Province, null, null, null, false, false);

    /// <summary>An open round with the three members assigned, moved to Scoring.</summary>
    public static ProductRound ScoringRound(int threshold = 70, int? quota = null, RoundLevel level = RoundLevel.Provincial)
    {
        var round = Round(level, threshold, quota);
        foreach (var m in Members) round.AssignMember(m, m);
        return round;
    }

    /// <summary>The 40/40/10/10 sheet split of a total.</summary>
    public static int[] Points(int total)
    {
        var small = total / 10;
        var rest = total - 2 * small;
        var first = (rest + 1) / 2;
        return [first, rest - first, small, small];
    }

    /// <summary>An entry of a decided round with the given mean (every member gives that total), certificate issued on <paramref name="issued"/>.</summary>
    public static Certificate Certified(RoundLevel level, DateOnly issued, int score = 85)
    {
        var round = ScoringRound(level: level);
        var entry = Entry(round, prerequisite: level is RoundLevel.Regional or RoundLevel.National ? Certified(level - 1, issued) : null);
        round.StartScoring();
        foreach (var m in Members) entry.Score(round, m, Points(score));
        round.Decide("1/QĐ", issued, [entry]);
        return entry.IssueCertificate(round, $"{level}-{issued:yyyyMMdd}-{Guid.NewGuid():N}", issued);
    }
}
