using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// What the year-end close of a plan needs decided or known (DOMAIN §11.7), read from the database: the projects
/// of the plan year (its fund and year; for KCĐP, in the owner province) by where they stand, and each recipient's
/// allocation against what its projects of the plan disbursed.
/// </summary>
public static class YearEndChecklist
{
    /// <summary>Approved with no contract: each is carried to next year or cancelled, with a reason.</summary>
    public static readonly IReadOnlyList<ProjectStatus> NotStarted = ProjectStatusGroups.NotStarted;

    /// <summary>
    /// Under contract and not closed: listed; they go on to acceptance, settlement and the balance after the close
    /// (<see cref="ClosedYear.Continues"/>), paid from the allocation carried over.
    /// </summary>
    public static readonly IReadOnlyList<ProjectStatus> InProgress = ClosedYear.ContinuingStatuses;

    /// <summary>Proposals never decided: listed, the close leaves them where they are.</summary>
    public static readonly IReadOnlyList<ProjectStatus> Undecided = ProjectStatusGroups.Undecided;

    public static IQueryable<Project> ProjectsOf(AppDbContext db, AnnualPlan plan)
    {
        var projects = db.Projects.Where(p => p.Fund == plan.Fund && p.Year == plan.Year);
        if (plan.Fund == Fund.Kcdp)
        {
            var code = plan.OwnerUnit?.Code ?? throw new InvalidOperationException("The owner unit is not loaded.");
            projects = projects.Where(p => p.ProvinceCode == code);
        }
        return projects;
    }

    public static async Task<YearEndFacts> LoadAsync(AppDbContext db, AnnualPlan plan, CancellationToken ct)
    {
        var projects = await ProjectsOf(db, plan).AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new ChecklistProject(p.Id, p.Code, p.Name, p.Status, p.ImplementingOrganisationId,
                new Vnd(p.ApprovedSupportDong ?? 0), new Vnd(p.DisbursedDong))
            {
                // What the project may still be paid: up to its settlement once settled, else its approval.
                Payable = new Vnd((p.Status == ProjectStatus.Settled ? p.SettledDong ?? 0 : p.ApprovedSupportDong ?? 0)
                    - p.DisbursedDong),
            })
            .ToListAsync(ct);
        var recipients = plan.Allocations.GroupBy(a => a.RecipientId)
            .Select(g => new { Id = g.Key, Name = g.First().Recipient?.Name ?? "", Total = g.Sum(a => a.AmountDong) })
            .Where(r => r.Total > 0).ToList();
        var ids = recipients.Select(r => r.Id).ToList();
        // What each recipient's projects of the plan year paid out, whatever their state now.
        var disbursed = await ProjectsOf(db, plan).AsNoTracking().Where(p => ids.Contains(p.ImplementingOrganisationId))
            .GroupBy(p => p.ImplementingOrganisationId)
            .Select(g => new { g.Key, Sum = g.Sum(p => p.DisbursedDong) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var owed = projects.Where(p => InProgress.Contains(p.Status) && p.Payable.Dong > 0)
            .GroupBy(p => p.ImplementerId).ToDictionary(g => g.Key, g => g.Sum(p => p.Payable.Dong));
        var balances = recipients
            .Select(r => new ChecklistBalance(r.Id, r.Name, new Vnd(r.Total),
                new Vnd(disbursed.GetValueOrDefault(r.Id))) { Owed = new Vnd(owed.GetValueOrDefault(r.Id)) })
            .Where(b => b.Unspent.Dong > 0).OrderBy(b => b.Recipient, VietnameseText.NameOrder).ToList();
        return new YearEndFacts(
            [.. projects.Where(p => NotStarted.Contains(p.Status))],
            [.. projects.Where(p => InProgress.Contains(p.Status))],
            [.. projects.Where(p => Undecided.Contains(p.Status))],
            balances);
    }
}

public sealed record ChecklistProject(int Id, string Code, string Name, ProjectStatus Status, int ImplementerId,
    Vnd Approved, Vnd Disbursed)
{
    public Vnd Payable { get; init; }
}

public sealed record YearEndFacts(IReadOnlyList<ChecklistProject> NotStarted,
    IReadOnlyList<ChecklistProject> InProgress, IReadOnlyList<ChecklistProject> Undecided,
    IReadOnlyList<ChecklistBalance> Balances);
