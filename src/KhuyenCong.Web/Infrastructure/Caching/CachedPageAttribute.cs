namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// Marks a read-only page whose HTML the page cache keeps per user (<see cref="CachedPages"/>), and names the query
/// keys the page reads: its action's parameters (the list's filters, the page number, an id given as <c>?id=</c>).
/// A kept page varies by these keys only, so query strings made up of other keys cannot fill the cache: such a
/// request may be served the page kept for its known keys, and is never kept itself
/// (<see cref="PortalPageCachePolicy"/>). A test checks that every parameter of a marked action is named here.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CachedPageAttribute(params string[] queryKeys) : Attribute
{
    public IReadOnlyList<string> QueryKeys { get; } = queryKeys;

    /// <summary>Whether the page reads <paramref name="key"/> (query keys bind ignoring case).</summary>
    public bool Reads(string key) => QueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
}
