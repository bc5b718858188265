using System.Globalization;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// <c>KC_TEST_NOW=2027-01-15</c> (or any ISO date/time, UTC) runs every portal whose test gives no clock of its own
/// on a <see cref="ShiftedClock"/> starting then: a scratch run that shows which tests read the real date against the
/// demo's dated windows (product rounds of 2026) and would fail on a later day.
/// </summary>
public static class TestNow
{
    public static TimeProvider? Clock { get; } = Read();

    /// <summary>Now as the portals of this run see it: what a test compares with the portal's dates.</summary>
    public static DateTimeOffset UtcNow => (Clock ?? TimeProvider.System).GetUtcNow();

    /// <summary>Today in Vietnam (UTC+7) as the portals of this run see it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(UtcNow.UtcDateTime.AddHours(7));

    private static ShiftedClock? Read()
    {
        var text = Environment.GetEnvironmentVariable("KC_TEST_NOW");
        if (string.IsNullOrWhiteSpace(text)) return null;
        var start = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new ShiftedClock(start);
    }
}
