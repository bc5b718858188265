namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// A clock that starts at a chosen instant and runs at the real pace: for tests whose demo data has dates in force
/// (a round open until its deadline), so they read the same on any day CI runs them.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly DateTimeOffset _realStart = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => start + (DateTimeOffset.UtcNow - _realStart);
}
