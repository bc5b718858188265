using CsCheck;

namespace KhuyenCong.Tests.Fuzz;

/// <summary>
/// A bad value as sent: <see cref="Text"/> is percent-encoded as UTF-8, unless <see cref="Raw"/>, which is written
/// into the query or form as it is (invalid percent sequences, invalid UTF-8).
/// </summary>
public sealed record BadValue(string Text, bool Raw = false)
{
    public override string ToString() => Raw ? $"raw:{Text}" : System.Text.Json.JsonSerializer.Serialize(Text.Length > 80 ? Text[..80] + $"…({Text.Length})" : Text);
}

public static class BadValues
{
    private static readonly string[] Constants =
    [
        // Numbers that overflow, are negative, or are not numbers.
        "99999999999999999999999", "-1", "-2147483649", "2147483648", "9223372036854775808", "-9223372036854775809", "0", "1e309", "NaN",
        "-Infinity", "0x1F", "1,5", "1.000.000,5", "١٢٣", "٣", " 1", "+-1", "1e-400", "0000000000000000000001",
        // Dates: the edges of the calendar, impossible days, other formats.
        "0001-01-01", "9999-12-31", "31/02/2026", "2026-02-31", "2026-13-01", "10000-01-01", "1899-12-31", "2026-02-29", "29/02/2025",
        "00/00/0000", "2026-01-01T25:61:00", "1/1/1", "-0001-01-01", "9999-12-31T23:59:59.9999999+14:00",
        // Booleans and enums.
        "abc", "yes", "2", "on", "TRUE ", "999", "Ministry,Department", "-1", "null", "undefined", "[]", "{}",
        // Ids and codes.
        "1 OR 1=1", "1; DROP TABLE Projects", "'", "\"", "../../etc/passwd", "%00", "<script>alert(1)</script>", "${7*7}", "{{7*7}}",
        // Unicode oddities.
        "\u202Eabc", "\uFEFF1", "a\u0301\u0301\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uFFFF", "\uD800", "\uDC00x", "\u2028\u2029", "ｔｅｓｔ", "İı",
        "",
    ];

    private static readonly string[] RawConstants = ["%FF%FE", "%C0%AF", "%ED%A0%80", "%", "%G1", "%00", "a%0D%0ASet-Cookie:x=1", "%E0%A4%A"];

    /// <summary>The generator of bad values: constants, control characters, long strings, extreme numbers.</summary>
    public static readonly Gen<BadValue> Gen = CsCheck.Gen.Frequency(
        (6, CsCheck.Gen.OneOf(Constants).Select(s => new BadValue(s))),
        (1, CsCheck.Gen.OneOf(RawConstants).Select(s => new BadValue(s, Raw: true))),
        (3, CsCheck.Gen.Select(CsCheck.Gen.String[CsCheck.Gen.Char.AlphaNumeric, 0, 6], CsCheck.Gen.Char['\0', '\u001F'], CsCheck.Gen.String[CsCheck.Gen.Char.AlphaNumeric, 0, 6])
            .Select((a, c, b) => new BadValue(a + c + b))),
        (1, CsCheck.Gen.Char['\u007F', '\u009F'].Select(c => new BadValue("x" + c))),
        (1, CsCheck.Gen.Int[300, 20_000].Select(n => new BadValue(new string('ữ', n)))),
        (2, CsCheck.Gen.Long.Select(l => new BadValue(l.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        (1, CsCheck.Gen.Double.Select(d => new BadValue(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))),
        (1, CsCheck.Gen.String.Select(s => new BadValue(s))));
}
