using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// Figures computed for one user and kept until the data changes (<see cref="DataVersion"/>), the day changes
/// (rules that read today's date, such as successions taking effect) or the user's roles change. Used for what is
/// shown on every page or re-read often and costly at national scale: the inbox badge and the dashboard.
/// </summary>
public sealed class UserFigureCache(IMemoryCache cache, DataVersion version, TimeProvider clock)
{
    /// <summary>Long enough to serve a working session, short enough that an idle user's figures are dropped.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    public async Task<T> GetOrComputeAsync<T>(ClaimsPrincipal user, string figure, Func<Task<T>> compute,
        CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return await compute();
        var roles = string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order());
        var key = (nameof(UserFigureCache), userId, roles, figure, VietnamTime.Today(clock),
            await version.CurrentAsync(ct));
        if (cache.TryGetValue(key, out T? cached)) return cached!;
        var value = await compute();
        // Size 1 per entry: the cache may be given a size limit by the host.
        cache.Set(key, value, new MemoryCacheEntryOptions { SlidingExpiration = Idle, Size = 1 });
        return value;
    }
}
