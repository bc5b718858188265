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
}
