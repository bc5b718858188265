using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// The allocation table of a plan (bảng phân bổ): one row per recipient, one column per tranche, the
/// corrections in their own column and the total. The screen and the Excel file both render this.
/// </summary>
public sealed class AllocationTable
{
    public AllocationTable(IReadOnlyList<AllocationEntry> entries)
    {
        Tranches = entries.Select(e => e.Tranche).Distinct().Order().ToList();
        // A recipient renamed between two allocations keeps one row, named as on its first allocation.
        Rows = entries.GroupBy(e => (e.RecipientId, e.Area))
            .Select(g => new Row(g.Key.RecipientId, g.First().Recipient, g.Key.Area,
                Tranches.Select(t => new Vnd(g.Where(e => e.Tranche == t && !e.IsCorrection)
                    .Sum(e => e.Amount.Dong))).ToList(),
                new Vnd(g.Where(e => e.IsCorrection).Sum(e => e.Amount.Dong)),
                new Vnd(g.Sum(e => e.Amount.Dong))))
            .OrderBy(r => r.Area == null ? 0 : 1).ThenBy(r => r.Area, VietnameseText.NameOrder)
            .ThenBy(r => r.Recipient, VietnameseText.NameOrder)
            .ThenBy(r => r.RecipientId)
            .ToList();
        TrancheTotals = Tranches.Select((_, i) => Vnd.Sum(Rows.Select(r => r.ByTranche[i]))).ToList();
        Corrections = Vnd.Sum(Rows.Select(r => r.Corrections));
        Total = Vnd.Sum(Rows.Select(r => r.Total));
    }

    public sealed record Row(int RecipientId, string Recipient, string? Area, IReadOnlyList<Vnd> ByTranche,
        Vnd Corrections, Vnd Total);

    public IReadOnlyList<int> Tranches { get; }
    public IReadOnlyList<Row> Rows { get; }
    public IReadOnlyList<Vnd> TrancheTotals { get; }
    public Vnd Corrections { get; }
    public Vnd Total { get; }
}
