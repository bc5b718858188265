using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KhuyenCong.Web.Infrastructure.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter on what strangers and scripts can hammer: sign-in (per client address; the per-account
/// limit is <see cref="SignInAccountLimiter"/>), the anonymous registry and certificate API (per address) and the
/// Excel exports (per signed-in user). A refusal is 429 with <c>Retry-After</c>, rendered by the status page.
/// Limits are per web instance (a soft limit: with n instances a client gets up to n times as many), read from
/// <c>RateLimits:{Policy}:PermitLimit</c> and <c>:WindowSeconds</c>.
/// </summary>
public static class RateLimits
{
    public const string SignIn = nameof(SignIn);
    public const string Public = nameof(Public);
    public const string Exports = nameof(Exports);
    public const string SignInAccount = nameof(SignInAccount);

    public static IServiceCollection AddKhuyenCongRateLimits(this IServiceCollection services)
    {
        services.AddSingleton(provider => new SignInAccountLimiter(
            Window(provider.GetRequiredService<IConfiguration>(), SignInAccount, permits: 10, seconds: 300)));
        // The limits are read from the app's configuration once it is complete (tests and operators add to it late).
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Seconds(retryAfter);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context), _ => Window(configuration, SignIn, permits: 30, seconds: 60)));
            options.AddPolicy(Public, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context), _ => Window(configuration, Public, permits: 60, seconds: 60)));
            options.AddPolicy(Exports, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? ClientAddress(context), _
                    => Window(configuration, Exports, permits: 20, seconds: 60)));
        });
        return services;
    }

    /// <summary>The value of a <c>Retry-After</c> header: whole seconds, at least one.</summary>
    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    // After UseForwardedHeaders, this is the user's address when the request came through a trusted proxy.
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString()
        ?? "unknown";

    private static FixedWindowRateLimiterOptions Window(IConfiguration configuration, string policy, int permits,
        int seconds)
    {
        var section = configuration.GetSection($"RateLimits:{policy}");
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, section.GetValue("PermitLimit", permits)),
            Window = TimeSpan.FromSeconds(Math.Max(1, section.GetValue("WindowSeconds", seconds))),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
