using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AppraisalCouncil;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.PlanDecisions;

/// <summary>
/// The projects a plan decision of a fund and year is taken on: KCQG, those registered with the ministry (with the
/// year's council mean and "k/n"); KCĐP, the base-appraised ones of the department's province. Projects a posted form
/// named are kept in the list even when they have moved on, so that their reasons show.
/// </summary>
public sealed class PlanDecisionCandidates(AppDbContext db, CouncilProjects council)
{
    public static ProjectStatus Waiting(Fund fund) =>
        fund == Fund.Kcqg ? ProjectStatus.Registered : ProjectStatus.BaseAppraised;

    /// <summary>
    /// In a KCQG year with a registration round, the projects of the packages now with the ministry (their latest
    /// sending's Mẫu 2 rows): the decision is taken on what the provinces sent, not on any registered project. Null
    /// where there is no round (KCĐP, or a year before the cycle was in the portal): every waiting project counts.
    /// </summary>
    public async Task<List<int>?> PackageListAsync(Fund fund, int year, CancellationToken ct)
    {
        if (fund != Fund.Kcqg || !await db.RegistrationRounds.AnyAsync(r => r.Year == year, ct)) return null;
        var sent = db.RegistrationPackages.Where(p => p.Round!.Year == year && p.Status == PackageStatus.Submitted)
            .Select(p => p.Id);
        var submissions = db.Set<PackageSubmission>();
        // The latest sending of each package: a correlated MAX, which SQLite runs (it has no APPLY).
        return await submissions.AsNoTracking()
            .Where(s => sent.Contains(s.PackageId)
                        && s.Number == submissions.Where(x => x.PackageId == s.PackageId).Max(x => x.Number))
            .SelectMany(s => s.Rows).Select(r => r.ProjectId).Distinct().ToListAsync(ct);
    }

    /// <summary>The rows of the form: typed values kept where <paramref name="posted"/> has the project.</summary>
    public async Task<(List<PlanDecisionRow> Rows, bool HasCouncil)> RowsAsync(Fund fund, int year, UnitScope scope,
        IReadOnlyList<PlanDecisionRow> posted, CancellationToken ct)
    {
        var status = Waiting(fund);
        var ids = posted.Select(r => r.ProjectId).ToList();
        var waiting = db.Projects.AsNoTracking().Where(p => p.Status == status);
        if (await PackageListAsync(fund, year, ct) is { } listed) waiting = waiting.Where(p => listed.Contains(p.Id));
        var waitingIds = waiting.Select(p => p.Id);
        var projects = await db.Projects.AsNoTracking().InScope(scope)
            .Where(p => p.Fund == fund && p.Year == year && (waitingIds.Contains(p.Id) || ids.Contains(p.Id)))
            .OrderBy(p => p.Code)
            .Select(p => new
            {
                p.Id, p.Version, p.Code, p.Name, Province = p.LocationUnit!.Name,
                Implementer = p.ImplementingOrganisation!.Name, p.RequestedSupportDong, p.AppraisedSupportDong,
                p.BaseScore, p.Status,
            }).ToListAsync(ct);
        var councilId = fund == Fund.Kcqg
            ? await db.AppraisalCouncils.Where(c => c.Year == year).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct)
            : null;
        var tallies = councilId is { } id ? await council.TalliesAsync(id, ct) : [];
        var members = councilId is { } cid
            ? await db.Set<Domain.Cycle.AppraisalMember>().CountAsync(m => m.CouncilId == cid, ct)
            : 0;
        // A tampered form may repeat a project: the first row stands (the controller refuses the repeat).
        var typed = posted.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.First());
        var rows = projects.Select(p =>
        {
            var tally = tallies.GetValueOrDefault(p.Id);
            var row = typed.GetValueOrDefault(p.Id) ?? new PlanDecisionRow
            {
                ProjectId = p.Id,
                // Approve what the council has scored (KCQG) or what the province appraised (KCĐP); leave the rest.
                Choice = fund == Fund.Kcdp || tally?.Mean is not null ? PlanRowChoice.Approve : PlanRowChoice.Omit,
                Score = tally?.Mean is { } mean ? (int)Math.Round(mean, MidpointRounding.AwayFromZero) : null,
                Amount = new Domain.Common.Vnd(p.AppraisedSupportDong ?? p.RequestedSupportDong),
            };
            // The stored version: after a conflict the page shows what is stored, and saving again is deliberate.
            row.Version = p.Version;
            row.Code = p.Code;
            row.Name = p.Name;
            row.Province = p.Province;
            row.Implementer = p.Implementer;
            row.RequestedDong = p.RequestedSupportDong;
            row.AppraisedDong = p.AppraisedSupportDong;
            row.BaseScore = p.BaseScore;
            row.CouncilMean = tally?.Mean;
            row.Scored = tally?.Scored ?? 0;
            row.Expected = tally?.Expected ?? members;
            row.Status = p.Status;
            return row;
        }).ToList();
        return (rows, councilId is not null);
    }
}
