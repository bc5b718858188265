using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// One member's score sheet for one entry: whole points per criterion, in the round's criterion order.
/// </summary>
public sealed class ScoreSheet : AuditableEntity
{
    private ScoreSheet() { }

    internal ScoreSheet(string memberUserId, int[] points)
    {
        MemberUserId = memberUserId;
        SetPoints(points);
    }

    public int EntryId { get; private set; }
    public string MemberUserId { get; private set; } = "";
    public int[] Points { get; private set; } = [];

    /// <summary>Sum of <see cref="Points"/>, stored so lists and statistics can add up in SQL.</summary>
    public int Total { get; private set; }

    internal void SetPoints(int[] points)
    {
        Points = [.. points];
        Total = points.Sum();
    }
}
