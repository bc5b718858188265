using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Projects;

/// <summary>
/// The project rules that need the database, next to the domain rules they feed (as <see cref="Cycle.ClosedYearGuard"/>
/// is): which cap governs a project (the caps in force, chosen by <see cref="SupportCapSelection"/>), the funding
/// headroom and what a recipient's projects already hold of its allocation (<see cref="ProjectStatusGroups"/>), the
/// guard that makes two concurrent starts against one allocation conflict, and the next project number
/// (<see cref="ProjectCode"/>). The web layer asks; it holds none of these rules.
/// </summary>
public sealed class ProjectRules(AppDbContext db)
{
    /// <summary>
    /// The cap that governs the project on a day (see <see cref="SupportCapSelection"/>): the caller says which day,
    /// because an approval is checked against the rules in force on its decision's date, not today's.
    /// </summary>
    public Task<SupportCap?> CapAsync(Project project, DateOnly day, CancellationToken ct) =>
        CapAsync(project.Fund, project.ActivityContentId, project.ProvinceCode, project.CapFacts, day, ct);

    /// <summary>
    /// The same choice for a form being typed (the project form checks the cap as the officer types).
    /// </summary>
    public async Task<SupportCap?> CapAsync(Fund fund, int activityContentId, string provinceCode, CapFacts facts,
        DateOnly day, CancellationToken ct)
    {
        var province = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.Code == provinceCode)
            .Select(u => u.Id).ToListAsync(ct);
        var caps = await db.SupportCaps.AsNoTracking()
            .Where(c => c.Fund == fund && c.ActivityContentId == activityContentId)
            .Where(c => c.ProvinceUnitId == null || province.Contains(c.ProvinceUnitId.Value))
            .ToListAsync(ct);
        return SupportCapSelection.Pick(caps, facts, day);
    }

    public async Task<FundingHeadroom> HeadroomAsync(Project project, CancellationToken ct)
    {
        var recipient = await db.Organisations.AsNoTracking().Where(o => o.Id == project.ImplementingOrganisationId)
            .Select(o => o.Name).SingleAsync(ct);
        var allocated = await db.Allocations.AsNoTracking()
            .Where(a => a.RecipientId == project.ImplementingOrganisationId && a.Plan!.Fund == project.Fund
                && a.Plan.Year == project.Year)
            .SumAsync(a => a.AmountDong, ct);
        return new FundingHeadroom(recipient, new Vnd(allocated),
            await CommittedAsync(project.ImplementingOrganisationId, project.Fund, project.Year, project.Id, ct));
    }

    /// <summary>
    /// Makes this save conflict with any other save that checks the same allocation at the same moment: the plans
    /// that allocated to the implementing organisation for the fund and year are touched, so their version moves
    /// and a second, concurrent start or adjustment is refused as "changed by someone else" instead of both
    /// passing the ceiling.
    /// </summary>
    public async Task GuardAllocationAsync(Project project, CancellationToken ct)
    {
        var plans = await db.AnnualPlans
            .Where(p => p.Year == project.Year && p.Fund == project.Fund
                && p.Allocations.Any(a => a.RecipientId == project.ImplementingOrganisationId))
            .ToListAsync(ct);
        foreach (var plan in plans) db.Entry(plan).Property(p => p.UpdatedAtUtc).IsModified = true;
    }

    /// <summary>
    /// What a recipient's projects hold of its allocation for a fund and year: the approved support of running
    /// projects, and what was already paid to stopped ones (that money is spent).
    /// </summary>
    public async Task<Vnd> CommittedAsync(int recipientId, Fund fund, int year, int exceptProjectId,
        CancellationToken ct)
    {
        var running = ProjectStatusGroups.Committed;
        var committed = await db.Projects.AsNoTracking()
            .Where(p => p.Id != exceptProjectId && p.ImplementingOrganisationId == recipientId && p.Fund == fund
                && p.Year == year)
            .SumAsync(p => running.Contains(p.Status) ? p.ApprovedSupportDong ?? 0 : p.Status == ProjectStatus.Stopped
                ? p.DisbursedDong : 0, ct);
        return new Vnd(committed);
    }

    /// <summary>KCQG-2021-HBH-001: the next number for the fund, year and province.</summary>
    public async Task<string> NextCodeAsync(Fund fund, int year, string provinceName, CancellationToken ct)
    {
        var prefix = ProjectCode.Prefix(fund, year, provinceName);
        var codes = await db.Projects.AsNoTracking().Where(p => p.Code.StartsWith(prefix)).Select(p => p.Code)
            .ToListAsync(ct);
        var last = codes.Select(c => int.TryParse(c[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return ProjectCode.Format(prefix, last + 1);
    }
}
