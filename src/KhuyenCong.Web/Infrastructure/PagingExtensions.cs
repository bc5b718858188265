using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>Paging of a database query: counts, clamps the page and fetches it in the database.</summary>
public static class PagingExtensions
{
    public const int DefaultPageSize = 25;

    /// <summary>Counts and fetches one page in the database; an out-of-range page number is clamped.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page,
        int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
