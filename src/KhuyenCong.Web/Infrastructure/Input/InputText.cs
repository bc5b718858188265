using System.Text;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// What counts as a character no form field or query value may carry, and how to show input safely in logs.
/// </summary>
public static class InputText
{
    /// <summary>
    /// C0 controls except tab, CR and LF (which a text area legitimately sends), DEL and the C1 controls.
    /// A NUL in particular ends strings in C libraries, log viewers and some database drivers.
    /// </summary>
    public static bool IsForbidden(char c) =>
        (c < 0x20 && c is not '\t' and not '\r' and not '\n') || (c >= 0x7F && c <= 0x9F);

    public static bool HasForbidden(string? value) => value is not null && value.Any(IsForbidden);

    public static string StripForbidden(string value)
    {
        if (!HasForbidden(value)) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsForbidden(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Input as it may appear in a log line: control characters (CR and LF included) as \uXXXX, capped in length.
    /// </summary>
    public static string ForLog(string? value, int max = 300)
    {
        if (value is null) return "";
        var builder = new StringBuilder(Math.Min(value.Length, max) + 16);
        foreach (var c in value)
        {
            if (builder.Length >= max)
            {
                builder.Append('…');
                break;
            }
            if (char.IsControl(c) || c is '\u2028' or '\u2029') builder.Append("\\u")
                .Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
