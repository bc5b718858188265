using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Domain.Reform;

/// <summary>
/// Where a record's unit is today (DOMAIN §10): a record keeps the unit it was entered with, and a legacy unit
/// says what it became part of — "Huyện Cao Phong, tỉnh Hoà Bình (trước 01/07/2025) – nay thuộc tỉnh Phú Thọ".
/// District-level records fold into the current province; a legacy commune also names the current communes
/// formed from it.
/// </summary>
/// <param name="Name">The unit's own name, e.g. "Huyện Cao Phong".</param>
/// <param name="Generation">The unit's generation.</param>
/// <param name="ProvinceName">Its province in the same generation ("Tỉnh Hoà Bình"); null for a province.</param>
/// <param name="TodayProvince">For a legacy unit, the current province it became part of ("Tỉnh Phú Thọ").</param>
/// <param name="TodayCommunes">For a legacy commune, the current communes formed (wholly or partly) from it.</param>
public sealed record UnitPlace(
    string Name, UnitGeneration Generation, string? ProvinceName, string? TodayProvince,
    IReadOnlyList<string> TodayCommunes)
{
    /// <summary>More current communes than this are not listed: the province says enough.</summary>
    public const int MaxCommunesNamed = 3;

    public bool IsLegacy => Generation == UnitGeneration.Legacy;

    /// <summary>The full form, for a record's page.</summary>
    public string Format(bool english)
    {
        var place = ProvinceName is null ? Name : $"{Name}, {LowerFirst(ProvinceName)}";
        if (!IsLegacy) return place;
        var text = $"{place} ({(english ? "before" : "trước")} 01/07/2025)";
        if (TodayProvince is null) return text;
        text += english
            ? $" – now part of {EnglishProvince(TodayProvince)}"
            : $" – nay thuộc {LowerFirst(TodayProvince)}";
        if (TodayCommunes.Count is > 0 and <= MaxCommunesNamed) text += $" ({string.Join(", ", TodayCommunes)})";
        return text;
    }

    /// <summary>What a legacy unit became part of, in Vietnamese, as a refusal names it: "tỉnh Phú Thọ".</summary>
    public string? TodayText()
    {
        if (!IsLegacy || TodayProvince is null) return null;
        var text = LowerFirst(TodayProvince);
        if (TodayCommunes.Count is > 0 and <= MaxCommunesNamed) text += $" ({string.Join(", ", TodayCommunes)})";
        return text;
    }

    /// <summary>The short form, for lists: the unit and, for a legacy one, the current province.</summary>
    public string FormatShort(bool english)
    {
        if (!IsLegacy || TodayProvince is null) return Name;
        return english
            ? $"{Name} (now part of {EnglishProvince(TodayProvince)})"
            : $"{Name} (nay thuộc {LowerFirst(TodayProvince)})";
    }

    /// <summary>"Tỉnh Phú Thọ" → "Phú Thọ province", "Thành phố Hà Nội" → "Hà Nội city".</summary>
    public static string EnglishProvince(string name)
    {
        foreach (var (prefix, word) in new[] { ("Tỉnh ", "province"), ("Thành phố ", "city") })
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return $"{name[prefix.Length..]} {word}";
        return name;
    }

    private static string LowerFirst(string name) => name.Length == 0
        ? name
        : char.ToLower(name[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + name[1..];
}
