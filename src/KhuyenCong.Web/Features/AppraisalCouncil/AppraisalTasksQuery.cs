using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

/// <summary>
/// A council member's scoring tasks, for the home page, the inbox and the menu badge: per council they sit on, the
/// registered projects of its year they have neither scored nor declared a conflict with (their own drafts aside).
/// </summary>
public sealed class AppraisalTasksQuery(AppDbContext db)
{
    public sealed record ScoringTask(int CouncilId, int Year, int Waiting);

    public async Task<IReadOnlyList<ScoringTask>> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true || !Policies.Allows(user, Policies.CouncilMember)) return [];
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return [];
        var councils = await db.AppraisalCouncils.AsNoTracking()
            .Where(c => c.Members.Any(m => m.UserId == userId))
            .OrderByDescending(c => c.Year).Select(c => new { c.Id, c.Year }).ToListAsync(ct);
        var result = new List<ScoringTask>();
        foreach (var council in councils)
        {
            var waiting = await db.Projects.AsNoTracking()
                .Where(p => p.Fund == Fund.Kcqg && p.Year == council.Year && p.Status == ProjectStatus.Registered
                    && p.CreatedByUserId != userId
                    && !db.AppraisalSheets.Any(s => s.CouncilId == council.Id && s.ProjectId == p.Id
                        && s.MemberUserId == userId)
                    && !db.AppraisalRecusals.Any(r => r.CouncilId == council.Id && r.ProjectId == p.Id
                        && r.MemberUserId == userId))
                .CountAsync(ct);
            if (waiting > 0) result.Add(new ScoringTask(council.Id, council.Year, waiting));
        }
        return result;
    }
}
