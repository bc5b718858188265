using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: a round's council table counts each member's sheets and recusals from the round's own entries (not by
/// reading every sheet of every round). The figures must be each member's sheets and recusals in that round.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class RoundCouncilProgressTests(PortalFactory portal)
{
    [Fact]
    public async Task RoundDetails_EveryDemoRound_CouncilTableCountsTheMembersSheetsAndRecusalsInThatRound()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        var rounds = await portal.WithDbAsync(db => db.ProductRounds.Include(r => r.Members).AsNoTracking()
            .OrderBy(r => r.Id).ToListAsync());
        var checkedRows = 0;

        foreach (var round in rounds)
        {
            var expected = await portal.WithDbAsync(async db =>
            {
                var entries = db.ProductEntries.Where(e => e.RoundId == round.Id).Select(e => e.Id);
                var sheets = await db.Set<ScoreSheet>().Where(s => entries.Contains(s.EntryId))
                    .Select(s => s.MemberUserId).ToListAsync();
                var recusals = await db.Set<Recusal>().Where(r => entries.Contains(r.EntryId))
                    .Select(r => r.MemberUserId).ToListAsync();
                return round.Members.ToDictionary(m => m.FullName, m => (
                    sheets.Count(id => id == m.UserId).ToString(), recusals.Count(id => id == m.UserId).ToString()));
            });
            var page = await client.GetDocumentAsync($"/ProductRounds/Details/{round.Id}");
            var rows = page.QuerySelectorAll("#council tbody tr")
                .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
                .Where(cells => cells.Count == 4)
                .ToDictionary(cells => cells[0], cells => (cells[1], cells[2]));

            Assert.Equal(expected, rows);
            checkedRows += rows.Count;
        }
        Assert.True(checkedRows >= 8, $"only {checkedRows} council rows in the demo's rounds");
    }
}
