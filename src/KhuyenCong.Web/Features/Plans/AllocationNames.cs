using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>Allocations name their recipient as on the allocation's decision date (DOMAIN §10).</summary>
public static class AllocationNames
{
    /// <summary>The entries with each recipient named as on its decision date; one query for the page.</summary>
    public static async Task<List<AllocationEntry>> NamedOnDecisionDatesAsync(
        this Data.AppDbContext db, List<AllocationEntry> entries, CancellationToken ct)
    {
        var organisations = await Organisations.DatedOrganisationName.OrganisationsWithNamesAsync(
            db, entries.Select(e => e.RecipientId), ct);
        return [.. entries.Select(e => organisations.TryGetValue(e.RecipientId, out var o)
            ? e with { Recipient = Organisations.DatedOrganisationName.DisplayOn(o, e.DecisionDate) } : e)];
    }
}
