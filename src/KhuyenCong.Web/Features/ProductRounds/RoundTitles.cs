using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>Vietnamese names of levels, regions and states (keys of the shared resource for English).</summary>
public static class RoundTitles
{
    public static string Level(RoundLevel level) => level switch
    {
        RoundLevel.National => "Cấp quốc gia",
        RoundLevel.Regional => "Cấp khu vực",
        RoundLevel.Provincial => "Cấp tỉnh",
        _ => "Cấp huyện, xã",
    };

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

    /// <summary>"Bình chọn cấp quốc gia lần thứ 4 năm 2021" (the ordinal as a number; Roman numerals are a print convention).</summary>
    public static string Of(ProductRound round) =>
        $"Bình chọn SPCNNTTB {Level(round.Level).ToLowerInvariant()}{(round.Region is null ? "" : " " + Region(round.Region))} lần thứ {round.Ordinal} năm {round.Year}";
}
