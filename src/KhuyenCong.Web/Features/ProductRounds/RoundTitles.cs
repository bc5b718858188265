using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>Vietnamese names of levels, regions and states (keys of the shared resource for English).</summary>
public static class RoundTitles
{
    /// <summary>
    /// The level as a round of that date names it: below the province, "Cấp huyện/xã" for rounds before the reform
    /// and "Cấp xã" under Circular 38/2025/TT-BCT (no district level from 01/07/2025).
    /// </summary>
    public static string Level(RoundLevel level, bool underCircular38) => level switch
    {
        RoundLevel.National => "Cấp quốc gia",
        RoundLevel.Regional => "Cấp khu vực",
        RoundLevel.Provincial => "Cấp tỉnh",
        _ => underCircular38 ? "Cấp xã" : "Cấp huyện/xã",
    };

    public static string Level(ProductRound round) => Level(round.Level, round.UnderCircular38);

    /// <summary>A level with no date (the list filter): the lowest level under both names.</summary>
    public static string LevelFilter(RoundLevel level) =>
        level == RoundLevel.Local ? "Cấp xã (trước 01/07/2025: cấp huyện/xã)" : Level(level, true);

    public static string Region(Region? region) => region switch
    {
        Domain.Products.Region.North => "Miền Bắc",
        Domain.Products.Region.CentralHighlands => "Miền Trung – Tây Nguyên",
        Domain.Products.Region.South => "Miền Nam",
        _ => "",
    };

    public static string Status(RoundStatus status) => status switch
    {
        RoundStatus.Open => "Đang nhận hồ sơ",
        RoundStatus.Scoring => "Đang chấm điểm",
        RoundStatus.Decided => "Đã có quyết định công nhận",
        _ => "Đã kết thúc",
    };

    public static string Eligibility(EligibilityStatus status) => status switch
    {
        EligibilityStatus.Eligible => "Đủ điều kiện",
        EligibilityStatus.Ineligible => "Không đủ điều kiện",
        _ => "Chưa xét",
    };

    /// <summary>The result an entry shows; "Đạt điểm, ngoài số lượng công nhận" is not "Không đạt".</summary>
    public static string Outcome(EntryOutcome outcome) => outcome switch
    {
        EntryOutcome.Recognised => "Được công nhận",
        EntryOutcome.PassedOutsideQuota => "Đạt điểm, ngoài số lượng công nhận",
        EntryOutcome.TiedAtQuota => "Đồng điểm tại ranh giới số lượng, chờ đơn vị tổ chức chọn",
        EntryOutcome.Ineligible => "Không đủ điều kiện",
        EntryOutcome.NotScored => "Chưa được chấm",
        _ => "Không đạt",
    };

    /// <summary>
    /// "Bình chọn cấp quốc gia lần thứ 4 năm 2021" (the ordinal as a number; Roman numerals are a print convention).
    /// </summary>
    public static string Of(ProductRound round) =>
        $"Bình chọn SPCNNTTB {Level(round).ToLowerInvariant()}"
        + $"{(round.Region is null ? "" : " " + Region(round.Region))} lần thứ {round.Ordinal} năm {round.Year}";
}
