using System.Globalization;
using System.Text;

namespace KhuyenCong.Domain.Common;

public static class VietnameseText
{
    /// <summary>
    /// A search key: lower case, without tone marks or diacritics, đ → d, single spaces. "Hoà Bình", "Hòa Bình"
    /// and "hoa binh" all give "hoa binh" (the official lists place tone marks in the old style).
    /// </summary>
    public static string SearchKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var isSpace = char.IsWhiteSpace(c);
            if (isSpace && lastWasSpace) continue;
            result.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }
        return result.ToString();
    }

    /// <summary>
    /// How names are ordered in every list: by <see cref="SearchKey"/>, ordinally. The lists the database orders use
    /// the stored key (<c>ORDER BY SearchKey</c>), which SQLite and SQL Server sort alike because it is lower-case
    /// ASCII for Vietnamese text; a name column itself sorts by each engine's collation (binary on SQLite: "Đ" after
    /// "Z"). Lists ordered in memory use this comparer to give the same order whatever the request's culture.
    /// </summary>
    public static IComparer<string?> NameOrder { get; } =
        Comparer<string?>.Create((a, b) => string.CompareOrdinal(SearchKey(a), SearchKey(b)));
}
