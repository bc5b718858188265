namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Who takes a step on a product round, relative to the round (see <see cref="ProductAccess.Rules"/>).
/// </summary>
public enum ProductActor
{
    /// <summary>An officer of the organising organisation at the round's level, or of its successor.</summary>
    Organiser,

    /// <summary>A council member assigned to the round.</summary>
    Member,

    /// <summary>An officer whose scope holds the record (an entry registered in their area).</summary>
    Officer,

    /// <summary>An officer of the nominating organisation (or of its successor).</summary>
    Nominator,
}
