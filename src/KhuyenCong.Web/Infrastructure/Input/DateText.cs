using System.Globalization;
using System.Text.RegularExpressions;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// How a date is typed and shown in every form: dd/MM/yyyy, whatever the interface language (Chromium's native
/// date input is month-first, so 15032026 became 3 December). Also read: d/M/yyyy, '-' or '.' as separators,
/// eight digits without separators (15032026) and ISO yyyy-MM-dd (links, scripts and the API). Two-digit years
/// are not guessed.
/// </summary>
public static partial class DateText
{
    public const string Format = "dd/MM/yyyy";

    public static string Show(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string Show(DateTime date) => Show(DateOnly.FromDateTime(date));

    /// <summary>What became of a typed date.</summary>
    public enum Outcome
    {
        Empty,
        Date,
        /// <summary>Day, month and year were typed, but no such day exists (31/02/2026, 15/13/2026).</summary>
        Impossible,
        /// <summary>Not a date in any accepted form.</summary>
        Unreadable,
    }

    public static Outcome TryRead(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return Outcome.Empty;
        text = text.Trim();
        int day, month, year;
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            (year, month, day) = (Number(iso, 1), Number(iso, 2), Number(iso, 3));
        }
        else if (DayFirst().Match(text) is { Success: true } typed)
        {
            (day, month, year) = (Number(typed, 1), Number(typed, 2), Number(typed, 3));
        }
        else if (Digits().IsMatch(text))
        {
            (day, month, year) = (int.Parse(text[..2], CultureInfo.InvariantCulture),
                int.Parse(text[2..4], CultureInfo.InvariantCulture),
                    int.Parse(text[4..], CultureInfo.InvariantCulture));
        }
        else
        {
            return Outcome.Unreadable;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1
            || day > DateTime.DaysInMonth(year, month)) return Outcome.Impossible;
        date = new DateOnly(year, month, day);
        return Outcome.Date;
    }

    private static int Number(Match match, int group)
        => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // ISO, optionally with a time of day (a DateTime sent by a script); the time is not kept.
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex Digits();
}
