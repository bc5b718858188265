using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>One member's sheet for one registered project: whole points per criterion, in the sheet's order.</summary>
public sealed class AppraisalSheet : AuditableEntity
{
    private AppraisalSheet() { }

    internal AppraisalSheet(int projectId, string memberUserId, int[] points)
    {
        ProjectId = projectId;
        MemberUserId = memberUserId;
        SetPoints(points);
    }

    public int CouncilId { get; private set; }
    public int ProjectId { get; private set; }
    public string MemberUserId { get; private set; } = "";
    public int[] Points { get; private set; } = [];

    /// <summary>Sum of <see cref="Points"/>, stored so that lists can take means in SQL.</summary>
    public int Total { get; private set; }

    internal void SetPoints(int[] points)
    {
        Points = [.. points];
        Total = points.Sum();
    }
}
