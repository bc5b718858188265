using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

/// <summary>
/// The projects a year's council appraises (KCQG, the year, registered with the ministry) and the ones it scored
/// before they were decided, each with the council's mean and "k/n". Sheets and recusals are read once per council:
/// a year has some hundred projects and a council a dozen members.
/// </summary>
public sealed class CouncilProjects(AppDbContext db)
{
    public sealed record Tally(double? Mean, int Scored, int Expected);

    /// <summary>The council's mean and progress per project it has worked on or still has to.</summary>
    public async Task<Dictionary<int, Tally>> TalliesAsync(int councilId, CancellationToken ct)
    {
        var members = await db.Set<AppraisalMember>().AsNoTracking().Where(m => m.CouncilId == councilId)
            .Select(m => m.UserId).ToListAsync(ct);
        var sheets = await db.AppraisalSheets.AsNoTracking().Where(s => s.CouncilId == councilId)
            .Select(s => new { s.ProjectId, s.MemberUserId, s.Total }).ToListAsync(ct);
        var recusals = await db.AppraisalRecusals.AsNoTracking().Where(r => r.CouncilId == councilId)
            .Select(r => new { r.ProjectId, r.MemberUserId }).ToListAsync(ct);
        var recused = recusals.ToLookup(r => r.ProjectId, r => r.MemberUserId);
        return sheets.Select(s => s.ProjectId).Concat(recusals.Select(r => r.ProjectId)).Distinct()
            .ToDictionary(id => id, id =>
            {
                var counted = sheets.Where(s => s.ProjectId == id && members.Contains(s.MemberUserId)
                    && !recused[id].Contains(s.MemberUserId)).ToList();
                return new Tally(counted.Count == 0 ? null : counted.Average(s => (double)s.Total), counted.Count,
                    members.Count(m => !recused[id].Contains(m)));
            });
    }

    /// <summary>Rows for the council's page, registered projects first, by code.</summary>
    public async Task<List<CouncilProjectRow>> RowsAsync(Domain.Cycle.AppraisalCouncil council, string userId,
        int? onlyProjectId, CancellationToken ct)
    {
        var tallies = await TalliesAsync(council.Id, ct);
        var worked = tallies.Keys.ToList();
        var query = db.Projects.AsNoTracking().Where(p => p.Fund == Fund.Kcqg && p.Year == council.Year
            && (p.Status == ProjectStatus.Registered || worked.Contains(p.Id)));
        if (onlyProjectId is { } only) query = query.Where(p => p.Id == only);
        var projects = await query.OrderBy(p => p.Status != ProjectStatus.Registered).ThenBy(p => p.Code)
            .Select(p => new
            {
                p.Id, p.Code, p.Name, Province = p.LocationUnit!.Name, Implementer = p.ImplementingOrganisation!.Name,
                p.RequestedSupportDong, p.AppraisedSupportDong, p.BaseScore, p.Status, p.CreatedByUserId,
            }).ToListAsync(ct);
        var mine = await db.AppraisalSheets.AsNoTracking()
            .Where(s => s.CouncilId == council.Id && s.MemberUserId == userId).Select(s => s.ProjectId).ToListAsync(ct);
        var myRecusals = await db.AppraisalRecusals.AsNoTracking()
            .Where(r => r.CouncilId == council.Id && r.MemberUserId == userId).Select(r => r.ProjectId)
            .ToListAsync(ct);
        var members = await db.Set<AppraisalMember>().AsNoTracking().CountAsync(m => m.CouncilId == council.Id, ct);
        return [.. projects.Select(p =>
        {
            var tally = tallies.GetValueOrDefault(p.Id) ?? new Tally(null, 0, members);
            return new CouncilProjectRow(p.Id, p.Code, p.Name, p.Province, p.Implementer, p.RequestedSupportDong,
                p.AppraisedSupportDong, p.BaseScore, p.Status, tally.Mean, tally.Scored, tally.Expected,
                mine.Contains(p.Id), myRecusals.Contains(p.Id), p.CreatedByUserId == userId);
        })];
    }
}
