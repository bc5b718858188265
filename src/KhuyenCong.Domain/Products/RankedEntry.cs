namespace KhuyenCong.Domain.Products;

/// <summary>One entry's place in a round's ranking: equal means share a rank (1, 2, 2, 4).</summary>
public sealed record RankedEntry(ProductEntry Entry, int Rank, bool Recognised, EntryOutcome Outcome);
