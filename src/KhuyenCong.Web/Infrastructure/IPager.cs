namespace KhuyenCong.Web.Infrastructure;

/// <summary>One page of a long list, with what the pager needs.</summary>
public interface IPager
{
    int Page { get; }
    int Total { get; }
    int PageCount { get; }
    bool HasPrevious { get; }
    bool HasNext { get; }
    bool TotalIsAtLeast { get; }
}
