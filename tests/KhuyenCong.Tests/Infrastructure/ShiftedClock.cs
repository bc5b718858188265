namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// A clock that starts at a chosen instant and runs at the real pace: for tests whose demo data has dates in force
/// (a round open until its deadline), so they read the same on any day CI runs them.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly DateTimeOffset _realStart = DateTimeOffset.UtcNow;

    /// <summary>
    /// 29/11/2026 10:00 in Vietnam: inside the demo's northern regional round window (01/09–15/12/2026) and the
    /// 2026 rounds tests open, with the demo's 2025 certificates valid (to 31/12/2028): for the product tests that
    /// register, score or decide in those rounds, which the real clock closes on 16/12/2026.
    /// </summary>
    public static ShiftedClock InDemoRoundWindows() => new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => start + (DateTimeOffset.UtcNow - _realStart);
}
