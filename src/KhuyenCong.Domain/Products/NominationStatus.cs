namespace KhuyenCong.Domain.Products;

/// <summary>
/// Where a nomination package stands: drafted, sent, sent back to be corrected, or taken into the round.
/// </summary>
public enum NominationStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Accepted = 4,
}
