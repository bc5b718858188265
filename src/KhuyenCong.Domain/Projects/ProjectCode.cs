using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>Project codes such as KCQG-2021-HBH-001: fund, plan year, province abbreviation, sequence.</summary>
public static class ProjectCode
{
    public static string Prefix(Fund fund, int year, string provinceName)
        => $"{FundNames.ApiCode(fund)}-{year}-{Abbreviate(provinceName)}-";

    public static string Format(string prefix, int sequence) => $"{prefix}{sequence:000}";

    /// <summary>
    /// Initials of the province name without its "Tỉnh"/"Thành phố" prefix; names of fewer than three words add
    /// their last letter (Hòa Bình → HBH). Two pairs of the 63 legacy provinces would share one abbreviation, and so
    /// one code sequence (Hà Giang and Hậu Giang → HGG, Đà Nẵng and Đắk Nông → DNG): the younger province of each
    /// pair takes the second letter of its first word instead (Hậu Giang → HUG, Đắk Nông → DKN); codes already
    /// given to the older ones stay as they are.
    /// </summary>
    public static string Abbreviate(string provinceName)
    {
        var bare = provinceName.Replace("Thành phố ", "").Replace("Tỉnh ", "").Trim();
        if (Exceptions.TryGetValue(VietnameseText.SearchKey(bare), out var fixedAbbreviation)) return fixedAbbreviation;
        var words = VietnameseText.SearchKey(provinceName.Replace("Thành phố ", "").Replace("Tỉnh ", ""))
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        return initials.Length >= 3 ? initials : initials + char.ToUpperInvariant(words[^1][^1]);
    }

    /// <summary>Keyed by the province's search key (no diacritics, lower case).</summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        [VietnameseText.SearchKey("Hậu Giang")] = "HUG",
        [VietnameseText.SearchKey("Đắk Nông")] = "DKN",
    };
}
