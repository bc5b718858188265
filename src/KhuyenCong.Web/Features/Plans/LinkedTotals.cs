using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>What each allocation entry of a plan funds, as the plan page's "Đề án được cấp" column shows it.</summary>
public static class LinkedTotals
{
    /// <summary>
    /// For each entry on the page: how many projects it funds and their support approved under this plan. A project
    /// carried out of the plan's fund and year (the year-end checklist, or its own step) has its approval cleared,
    /// yet the entry still funded it: it counts with the amount approved before that carry, so a closed year keeps
    /// showing what its allocation was linked to.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, LinkedSum>> LinkedTotalsAsync(this AppDbContext db,
        List<int> entryIds, Fund fund, int year, CancellationToken ct)
    {
        var links = await db.AllocationProjects.AsNoTracking().Where(l => entryIds.Contains(l.AllocationId))
            .Select(l => new
            {
                l.AllocationId, l.ProjectId, l.CreatedAtUtc, l.Project!.Fund, l.Project.Year,
                l.Project.ApprovedSupportDong,
            }).ToListAsync(ct);
        var moved = links.Where(l => l.Fund != fund || l.Year != year).Select(l => l.ProjectId).Distinct().ToList();
        ProjectAction[] amounts = [ProjectAction.Approved, ProjectAction.Adjusted, ProjectAction.Carried];
        var steps = moved.Count == 0
            ? []
            : await db.ProjectHistory.AsNoTracking()
                .Where(h => moved.Contains(h.ProjectId) && amounts.Contains(h.Action))
                .OrderBy(h => h.Id).Select(h => new { h.ProjectId, h.Id, h.Action, h.AmountDong, h.AtUtc })
                .ToListAsync(ct);
        long Approved(int projectId, DateTime linkedAtUtc)
        {
            var own = steps.Where(h => h.ProjectId == projectId).ToList();
            // The carry out of this plan is the first one after the link was made (the last, for older data).
            var carry = own.FirstOrDefault(h => h.Action == ProjectAction.Carried && h.AtUtc >= linkedAtUtc)
                        ?? own.LastOrDefault(h => h.Action == ProjectAction.Carried);
            return carry is null
                ? 0
                : own.LastOrDefault(h => h.Id < carry.Id && h.Action != ProjectAction.Carried)?.AmountDong ?? 0;
        }
        return links.GroupBy(l => l.AllocationId).ToDictionary(g => g.Key, g => new LinkedSum(g.Count(),
            new Vnd(g.Sum(l => l.Fund == fund && l.Year == year
                ? l.ApprovedSupportDong ?? 0
                : Approved(l.ProjectId, l.CreatedAtUtc)))));
    }
}
