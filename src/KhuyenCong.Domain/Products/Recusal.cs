using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>A council member's declared conflict of interest with one entry: that member does not score it.</summary>
public sealed class Recusal : AuditableEntity
{
    private Recusal() { }

    public Recusal(string memberUserId, string? reason)
    {
        MemberUserId = memberUserId;
        Reason = reason;
    }

    public int EntryId { get; private set; }
    public string MemberUserId { get; private set; } = "";
    public string? Reason { get; private set; }
}
