using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// A council member's product entries to score, for the home page and the inbox: per round in scoring that they sit
/// on, the entries waiting for their sheet, by the rule the score sheet itself applies
/// (<see cref="ProductEntry.AwaitsSheetOf"/>); and the next one to open after a sheet is saved.
/// </summary>
public sealed class ScoringTasksQuery(AppDbContext db)
{
    /// <param name="Waiting">Entries still waiting for the member's sheet.</param>
    /// <param name="Total">Entries of the round the member may score or has scored (ineligible ones aside).</param>
    public sealed record RoundTask(ProductRound Round, int Waiting, int Total);

    public async Task<IReadOnlyList<RoundTask>> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        // The access table's rule for scoring: its role set, membership, and the states that allow it.
        var rule = ProductAccess.Rules[ProductAction.Score];
        if (user.Identity?.IsAuthenticated != true || !Policies.Allows(user, rule.Policy)) return [];
        var me = ProductAccess.UserId(user);
        var scoring = ProductRound.StatusesAllowing(ProductAction.Score).ToList();
        var rounds = await db.ProductRounds.AsNoTracking()
            .Where(r => scoring.Contains(r.Status) && r.Members.Any(m => m.UserId == me))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Id).ToListAsync(ct);
        var result = new List<RoundTask>();
        foreach (var round in rounds)
        {
            var entries = db.ProductEntries.AsNoTracking().Where(e => e.RoundId == round.Id);
            var waiting = await entries.Where(ProductEntry.AwaitsSheetOf(me)).CountAsync(ct);
            if (waiting == 0) continue;
            var total = await entries.CountAsync(e => e.Eligibility != EligibilityStatus.Ineligible
                && e.RegisteredByUserId != me && !e.Recusals.Any(r => r.MemberUserId == me), ct);
            result.Add(new RoundTask(round, waiting, total));
        }
        return result;
    }

    /// <summary>
    /// The entry to score next in the round: the first waiting one after <paramref name="afterId"/>, else the first
    /// waiting one (an entry skipped earlier); null when the member has scored them all.
    /// </summary>
    public async Task<int?> NextAsync(int roundId, string memberUserId, int afterId, CancellationToken ct)
    {
        var waiting = db.ProductEntries.AsNoTracking().Where(e => e.RoundId == roundId && e.Id != afterId)
            .Where(ProductEntry.AwaitsSheetOf(memberUserId));
        return await waiting.Where(e => e.Id > afterId).OrderBy(e => e.Id).Select(e => (int?)e.Id)
                   .FirstOrDefaultAsync(ct)
               ?? await waiting.OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
    }
}
