using System.Globalization;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown in Vietnam time (UTC+7, no daylight saving) as dd/MM/yyyy.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);

    public static DateOnly Today(TimeProvider clock)
        => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.Add(Offset));

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string DateTimeText(DateTime utc) => ToLocal(utc)
        .ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string DateTimeText(DateTimeOffset? value) =>
        value is { } v ? v.ToOffset(Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";
}
