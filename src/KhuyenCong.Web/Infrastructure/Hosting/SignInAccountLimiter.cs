using System.Threading.RateLimiting;

namespace KhuyenCong.Web.Infrastructure.Hosting;

/// <summary>
/// Sign-in attempts per e-mail address, whatever the client address: password spraying from many addresses at one
/// account is slowed here, before the account's own lockout. Keyed by the typed address (existing or not), so the
/// answer reveals nothing about which accounts exist.
/// </summary>
public sealed class SignInAccountLimiter(FixedWindowRateLimiterOptions window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        email => RateLimitPartition.GetFixedWindowLimiter(email, _ => window));

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAttempt(string email)
    {
        using var lease = _limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
