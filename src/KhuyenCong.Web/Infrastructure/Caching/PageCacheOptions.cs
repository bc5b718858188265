namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// The page cache's settings (section <c>PageCache</c>): on by default; off serves every page fresh, which is how
/// the benchmark measures the uncached cost. The memory it takes is bounded by <see cref="SizeLimitMegabytes"/>.
/// </summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    public bool Enabled { get; set; } = true;

    /// <summary>All cached pages of this web instance together (a national dashboard is ≈ 100 KB).</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>A larger page is served but not kept.</summary>
    public int MaxPageKilobytes { get; set; } = 1024;

    /// <summary>
    /// How long an unchanged page is kept. Correctness never depends on it (every write changes the key); it only
    /// drops the pages of users who went away.
    /// </summary>
    public int Minutes { get; set; } = 10;
}
