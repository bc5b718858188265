using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Products;

namespace KhuyenCong.Tests.Domain;

/// <summary>Rounds and entries in memory, in the states the product tests need.</summary>
internal static class ProductRoundBuilder
{
    public static readonly DateOnly Today = new(2026, 9, 1);
    public static readonly AdministrativeUnit Province = new("17", "Tỉnh Hoà Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);

    public static readonly string[] Members = ["m1", "m2", "m3"];

    public static RoundCriterion[] DefaultCriteria() =>
        [new("TC1", "Thị trường", 40, 1), new("TC2", "Hiệu quả", 40, 2), new("TC3", "Văn hóa", 10, 3), new("TC4", "Khác", 10, 4)];

    public static ProductRound Round(RoundLevel level = RoundLevel.Provincial, int threshold = 70, int? quota = null) =>
        new(level, 2026, 1, level == RoundLevel.Regional ? Region.North : null, 1,
            level is RoundLevel.Provincial or RoundLevel.Local ? 17 : null,
            Today.AddDays(-30), Today.AddDays(30), DefaultCriteria(), threshold, quota);

    public static ProductEntry Entry(ProductRound round, string name = "Cam Cao Phong", string registeredBy = "officer", Certificate? prerequisite = null) =>
        new(round, name, 1, Establishment(), Province, 1, null, registeredBy, prerequisite, Today);

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
