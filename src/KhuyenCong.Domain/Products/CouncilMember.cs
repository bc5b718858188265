using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>A council member assigned to a round (an account with the CouncilMember role, by user id).</summary>
public sealed class CouncilMember : AuditableEntity
{
    private CouncilMember() { }

    public CouncilMember(string userId, string fullName)
    {
        UserId = userId;
        FullName = fullName;
    }

    public int RoundId { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>The name at assignment time, for the round's lists without a join on accounts.</summary>
    public string FullName { get; private set; } = "";
}
