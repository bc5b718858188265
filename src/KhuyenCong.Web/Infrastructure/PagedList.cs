namespace KhuyenCong.Web.Infrastructure;

/// <summary>One page of a long list and where it stands (<see cref="PagingExtensions"/>).</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPager
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    /// <summary>The list holds more than <see cref="Total"/> rows: a count that stopped (a common text
    /// search).</summary>
    public bool TotalIsAtLeast { get; init; }
}
