using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// Tags each kept page with the <see cref="DataVersion"/> it was built under and, once a newer version is seen,
/// drops the older pages at once: they can never be asked for again, so they should not wait for their expiry
/// while filling the cache's size limit.
/// </summary>
public sealed class PageCacheVersions(IOutputCacheStore store)
{
    private readonly ConcurrentDictionary<long, byte> _tagged = new();
    private long _latest = -1;

    public static string Tag(long version) => $"kc-data-{version}";

    public async ValueTask<string> TagAsync(long version)
    {
        _tagged.TryAdd(version, 0);
        var latest = Interlocked.Read(ref _latest);
        if (version > latest && Interlocked.CompareExchange(ref _latest, version, latest) == latest)
        {
            foreach (var old in _tagged.Keys.Where(v => v < version))
                if (_tagged.TryRemove(old, out _))
                    await store.EvictByTagAsync(Tag(old), CancellationToken.None);
        }
        return Tag(version);
    }
}
