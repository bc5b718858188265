using System.Globalization;
using System.Text;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// The name an uploaded file is listed and downloaded under. A browser's name is untrusted text: it may carry
/// path separators, control characters, bidi overrides that make "gpj.exe" read as "exe.jpg", or thousands of
/// characters. Normalised once here, for every upload.
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 200;
    public const string Fallback = "tep-dinh-kem";

    public static string Normalise(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(Math.Min(text.Length, 1024));
        foreach (var c in text)
        {
            if (IsBidiControl(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            builder.Append(c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }
        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length == 0) return Fallback;
        if (cleaned.Length <= MaxLength) return cleaned;

        var extension = Path.GetExtension(cleaned);
        if (extension.Length > 16) extension = "";
        var stem = cleaned[..(MaxLength - extension.Length)];
        // Never cut a surrogate pair in half.
        if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem.TrimEnd() + extension;
    }

    /// <summary>
    /// U+200E/F, U+202A–U+202E, U+2066–U+2069 (also caught as Format characters; named for the reader).
    /// </summary>
    private static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E')
        or (>= '\u2066' and <= '\u2069');
}
