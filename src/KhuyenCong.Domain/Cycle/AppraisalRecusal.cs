using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>A member's declared conflict of interest with one project: that member does not score it.</summary>
public sealed class AppraisalRecusal : AuditableEntity
{
    private AppraisalRecusal() { }

    internal AppraisalRecusal(int projectId, string memberUserId, string? reason)
    {
        ProjectId = projectId;
        MemberUserId = memberUserId;
        Reason = reason;
    }

    public int CouncilId { get; private set; }
    public int ProjectId { get; private set; }
    public string MemberUserId { get; private set; } = "";
    public string? Reason { get; private set; }
}
