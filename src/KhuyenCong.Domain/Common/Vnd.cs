using System.Globalization;
using System.Text;

namespace KhuyenCong.Domain.Common;

/// <summary>
/// An amount of Vietnamese đồng, kept as a whole number (DOMAIN §4). People enter and read amounts in
/// triệu đồng (millions) in vi-VN format: "1.505" is one thousand five hundred and five million,
/// "0,5" is half a million. This type is the only place that parses or formats money.
/// </summary>
public readonly record struct Vnd(long Dong) : IComparable<Vnd>
{
    public const long DongPerMillion = 1_000_000;

    /// <summary>
    /// Largest amount accepted from input: one million billion đồng (10^9 triệu), far above any budget.
    /// </summary>
    public const long MaxInputMillions = 1_000_000_000;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static Vnd Zero => default;

    public static Vnd FromMillions(decimal millions)
        => new(checked((long)decimal.Round(millions * DongPerMillion, MidpointRounding.AwayFromZero)));

    public decimal Millions => (decimal)Dong / DongPerMillion;

    public bool IsNegative => Dong < 0;
    public bool IsZero => Dong == 0;

    public static Vnd operator +(Vnd a, Vnd b) => new(checked(a.Dong + b.Dong));
    public static Vnd operator -(Vnd a, Vnd b) => new(checked(a.Dong - b.Dong));
    public static Vnd operator -(Vnd a) => new(checked(-a.Dong));
    public static bool operator <(Vnd a, Vnd b) => a.Dong < b.Dong;
    public static bool operator >(Vnd a, Vnd b) => a.Dong > b.Dong;
    public static bool operator <=(Vnd a, Vnd b) => a.Dong <= b.Dong;
    public static bool operator >=(Vnd a, Vnd b) => a.Dong >= b.Dong;

    public int CompareTo(Vnd other) => Dong.CompareTo(other.Dong);

    public static Vnd Sum(IEnumerable<Vnd> amounts) => amounts.Aggregate(Zero, (a, b) => a + b);

    /// <summary>
    /// Triệu đồng in vi-VN format with as many decimals as needed (at most six): "75.641", "0,5", "-100".
    /// </summary>
    public override string ToString() => FormatMillions(Dong);

    /// <summary>The amount in triệu đồng, vi-VN, e.g. 1.505 for 1,505,000,000 đồng.</summary>
    public static string FormatMillions(long dong)
    {
        var whole = Math.Abs(dong / DongPerMillion);
        var fraction = Math.Abs(dong % DongPerMillion);
        var text = new StringBuilder();
        if (dong < 0) text.Append('-');
        text.Append(whole.ToString("#,##0", Vi));
        if (fraction != 0) text.Append(',')
            .Append(fraction.ToString("000000", CultureInfo.InvariantCulture).TrimEnd('0'));
        return text.ToString();
    }

    /// <summary>A ratio as a vi-VN percentage with one decimal ("50,4%"), or "—" when the base is zero.</summary>
    public static string Percent(Vnd part, Vnd whole) => Rate(whole.Dong == 0 ? null : (double)part.Dong / whole.Dong);

    /// <summary>
    /// A ratio (0..1) as a vi-VN percentage with one decimal ("50,4%"); <paramref name="none"/> when there is no ratio.
    /// </summary>
    public static string Rate(double? ratio, string none = "—") =>
        ratio is { } r ? r.ToString("0.0%", Vi).Replace("\u00A0", "") : none;

    /// <summary>
    /// Reads an amount typed in triệu đồng. Accepted: plain digits ("1505"), vi-VN thousands with dots
    /// ("1.505", "75.641"), a decimal comma ("1.505,5", "0,25"), a leading minus for corrections.
    /// Refused with a message that says what was expected: letters, English-style "1,505.5", a dot not
    /// followed by groups of three digits ("1.5"), a lone comma followed by exactly three digits
    /// ("1,505" — is it 1.505 or 1,505?), fractions below one đồng, and amounts above 10^9 triệu.
    /// </summary>
    public static bool TryParseMillions(string? input, out Vnd amount, out string error)
    {
        var ok = TryParseMillions(input, out amount, out var template, out var arguments);
        error = ok ? "" : string.Format(Vi, template, arguments);
        return ok;
    }

    /// <summary>
    /// The same, with the refusal as a Vietnamese template and its arguments (text and numbers), so that the web layer
    /// says it in the user's language: the template is the resource key of its English text.
    /// </summary>
    public static bool TryParseMillions(string? input, out Vnd amount, out string errorTemplate,
        out object[] errorArguments)
    {
        amount = Zero;
        errorTemplate = "";
        errorArguments = [];
        var text = (input ?? "").Trim().Replace(" ", "").Replace("\u00A0", "");
        if (text.Length == 0)
        {
            errorTemplate = "Chưa nhập số tiền (triệu đồng).";
            return false;
        }
        var typed = input?.Trim() ?? "";
        errorArguments = [typed];
        var negative = text.StartsWith('-');
        if (negative) text = text[1..];

        var commaAt = text.IndexOf(',');
        var integerPart = commaAt < 0 ? text : text[..commaAt];
        var fractionPart = commaAt < 0 ? "" : text[(commaAt + 1)..];
        const string Expected =
            "hãy nhập số triệu đồng theo dạng 1.505 hoặc 1505, phần lẻ sau dấu phẩy (ví dụ 1.505,5)";

        if (text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
        {
            errorTemplate = "Số tiền \"{0}\" không hợp lệ: " + Expected + ".";
            return false;
        }
        if (fractionPart.Contains(',') || fractionPart.Contains('.'))
        {
            errorTemplate = "Số tiền \"{0}\" không rõ ràng: dấu chấm ngăn cách hàng nghìn, chỉ một dấu phẩy cho phần " +
                "lẻ; " + Expected + ".";
            return false;
        }
        var groups = integerPart.Split('.');
        var groupsValid = groups[0].Length is >= 1 and <= 3 || groups.Length == 1 && groups[0].Length >= 1;
        for (var i = 1; i < groups.Length; i++) groupsValid &= groups[i].Length == 3;
        if (!groupsValid)
        {
            errorTemplate = "Số tiền \"{0}\" không rõ ràng: dấu chấm chỉ dùng để ngăn cách hàng nghìn (nhóm 3 chữ số); "
                + Expected + ".";
            return false;
        }
        if (commaAt >= 0 && fractionPart.Length == 0)
        {
            errorTemplate = "Số tiền \"{0}\" thiếu phần lẻ sau dấu phẩy; " + Expected + ".";
            return false;
        }
        var digits = string.Concat(groups);
        if (groups.Length == 1 && fractionPart.Length == 3 && digits.TrimStart('0').Length > 0)
        {
            errorTemplate = "Số tiền \"{0}\" không rõ ràng: là {1},{2} triệu hay {1}{2} triệu? " +
                            "Viết {1}.{2} cho {1}{2} triệu, hoặc {1},{2}0 cho phần lẻ.";
            errorArguments = [typed, digits, fractionPart];
            return false;
        }
        if (fractionPart.TrimEnd('0').Length > 6)
        {
            errorTemplate = "Số tiền \"{0}\" có phần lẻ nhỏ hơn một đồng: số triệu đồng có tối đa 6 chữ số sau dấu " +
                "phẩy.";
            return false;
        }
        var wholeDigits = digits.TrimStart('0');
        if (wholeDigits.Length > 10 || wholeDigits.Length > 0
            && long.Parse(wholeDigits, CultureInfo.InvariantCulture) > MaxInputMillions)
        {
            errorTemplate = "Số tiền \"{0}\" quá lớn: tối đa {1:N0} triệu đồng.";
            // A number, not text: each reader sees it written as they write numbers.
            errorArguments = [typed, MaxInputMillions];
            return false;
        }
        errorArguments = [];
        var millions = wholeDigits.Length == 0 ? 0 : long.Parse(wholeDigits, CultureInfo.InvariantCulture);
        var micro = fractionPart.Length == 0 ? 0
            : long.Parse(fractionPart.TrimEnd('0').PadRight(6, '0'), CultureInfo.InvariantCulture);
        var dong = millions * DongPerMillion + micro;
        amount = new Vnd(negative ? -dong : dong);
        return true;
    }

    /// <summary>Parses or throws a <see cref="DomainException"/> with the parsing message (seeding, imports).</summary>
    public static Vnd ParseMillions(string input) =>
        TryParseMillions(input, out var amount, out var error) ? amount : throw new DomainException(error);
}
