using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>An account with the Council member role assigned to a year's project appraisal council.</summary>
public sealed class AppraisalMember : AuditableEntity
{
    private AppraisalMember() { }

    internal AppraisalMember(string userId, string fullName)
    {
        UserId = userId;
        FullName = fullName;
    }

    public int CouncilId { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>The name at assignment time, for the council's lists without a join on accounts.</summary>
    public string FullName { get; private set; } = "";
}
