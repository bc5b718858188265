namespace KhuyenCong.Domain.Products;

/// <summary>
/// What the council has not scored yet: the sheets missing from entries that are not ineligible, counting only the
/// members who are to score each one (not recused, not its registrant, who may not score their own entry).
/// </summary>
public sealed record ScoringGap(int Entries, int Members, int Sheets)
{
    public bool IsComplete => Sheets == 0;

    /// <param name="entries">Every entry of the round, with their sheets and recusals loaded.</param>
    public static ScoringGap Of(ProductRound round, IEnumerable<ProductEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(round);
        var incompleteEntries = 0;
        var sheets = 0;
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Eligibility != EligibilityStatus.Ineligible))
        {
            var missing = round.Members.Select(m => m.UserId)
                .Where(m => m != entry.RegisteredByUserId && !entry.IsRecused(m)
                    && !entry.Sheets.Any(s => s.MemberUserId == m))
                .ToList();
            if (missing.Count == 0) continue;
            incompleteEntries++;
            sheets += missing.Count;
            members.UnionWith(missing);
        }
        return new ScoringGap(incompleteEntries, members.Count, sheets);
    }
}
