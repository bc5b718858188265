using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhuyenCong.Data.Cycle;

/// <summary>
/// The one place that answers "is this year closed" for every change: before anything is written, a change to a
/// plan, its estimate entries, allocations and their project links, or to a project and anything of it (history,
/// payments, attachments, cost lines: whatever has a ProjectId) is refused with <see cref="ClosedYear.Refusal"/>
/// when the plan year it belongs to is closed as stored. The close and the documented reopen themselves pass: they
/// change the closed flag. A project under contract goes on to its acceptance, settlement and balance after its year
/// is closed (<see cref="ClosedYear.Continues"/>): its own steps of that kind pass, any other change to the project
/// does not; rows of it saved without loading it (its attachments — the minutes and invoices those steps need — and
/// payments) pass while its status is one that continues.
/// Registered before the audit interceptor, so a refusal opens no transaction.
/// </summary>
public sealed class ClosedYearGuard : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            await CheckAsync(context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext context && !context.Audit.WritingLog)
            CheckAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    /// <summary>Throws the closed-year refusal when a pending change touches a closed plan year.</summary>
    public static async Task CheckAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var plans = new HashSet<int>();
        var projects = new HashSet<YearKey>();
        var projectIds = new HashSet<int>();
        // Projects changed by a step a closed year does not let go on, and the tracked projects changed at all.
        var otherSteps = new HashSet<int>();
        var continuingSteps = new HashSet<int>();
        var changed = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case PlanYearEvent or UnspentBalance:
                    break;
                case AnnualPlan plan:
                    var wasClosed = entry.State != EntityState.Added
                        && (bool)entry.Property(nameof(AnnualPlan.IsClosed)).OriginalValue!;
                    if (wasClosed && plan.IsClosed) throw ClosedYear.Refusal(plan.Fund, plan.Year);
                    break;
                case Allocation allocation:
                    AddPlan(plans, allocation.Plan?.Id ?? allocation.PlanId);
                    break;
                case EstimateRevision revision:
                    AddPlan(plans, revision.Plan?.Id ?? revision.PlanId);
                    break;
                case AllocationProject link:
                    AddPlan(plans, link.Allocation?.PlanId ?? await db.Allocations.AsNoTracking()
                        .Where(a => a.Id == link.AllocationId).Select(a => a.PlanId).SingleOrDefaultAsync(ct));
                    projectIds.Add(link.ProjectId);
                    break;
                case Project project:
                    if (entry.State == EntityState.Modified) changed.Add(entry);
                    else projects.Add(new YearKey(project.Fund, project.Year, project.ProvinceCode));
                    if (entry.State == EntityState.Deleted) projects.Add(Original(entry));
                    break;
                // A new project's first row: the project itself (Added) is checked above.
                case ProjectHistoryEntry { ProjectId: > 0 } step:
                    if (!ClosedYear.ContinuingSteps.Contains(step.Action) || entry.State != EntityState.Added)
                        otherSteps.Add(step.ProjectId);
                    else continuingSteps.Add(step.ProjectId);
                    projectIds.Add(step.ProjectId);
                    break;
                case ProjectHistoryEntry:
                    break;
                // A project's own rows (history, payments, cost lines, attachments, beneficiaries). The cycle's
                // records that only name a project (a frozen report row, an appraisal sheet, a decision item) are not
                // changes to it: a year's annual report is sent after the year is closed.
                case var own when own.GetType().Namespace != typeof(Project).Namespace:
                    break;
                default:
                    if (entry.Metadata.FindProperty(nameof(Disbursement.ProjectId)) is { ClrType: var type } property
                        && (type == typeof(int) || type == typeof(int?))
                        && entry.Property(property.Name).CurrentValue is int projectId and > 0)
                        projectIds.Add(projectId);
                    break;
            }
        }
        // A modified project and the rows of a tracked one: checked unless a continuing project takes its own step.
        foreach (var entry in changed.Concat(projectIds
                     .Select(id => db.ChangeTracker.Entries<Project>().FirstOrDefault(e => e.Entity.Id == id))
                     .OfType<EntityEntry>()).Distinct())
        {
            if (Continues(entry, continuingSteps, otherSteps)) continue;
            projects.Add(Original(entry));
            var project = (Project)entry.Entity;
            projects.Add(new YearKey(project.Fund, project.Year, project.ProvinceCode));
        }
        projectIds.RemoveWhere(id => db.ChangeTracker.Entries<Project>().Any(e => e.Entity.Id == id));
        if (plans.Count == 0 && projects.Count == 0 && projectIds.Count == 0) return;

        // Rows of a project not loaded (an attachment, a payment): as stored.
        if (projectIds.Count > 0)
            foreach (var row in await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id))
                         .Select(p => new { p.Id, p.Status, Key = new YearKey(p.Fund, p.Year, p.ProvinceCode) })
                         .ToListAsync(ct))
                if (otherSteps.Contains(row.Id) || !ClosedYear.ContinuingStatuses.Contains(row.Status))
                    projects.Add(row.Key);
        var years = projects.Select(p => p.Year).Distinct().ToList();
        var closed = await db.AnnualPlans.AsNoTracking()
            .Where(p => p.IsClosed && (plans.Contains(p.Id) || years.Contains(p.Year)))
            .Select(p => new { p.Id, p.Fund, p.Year, Code = p.OwnerUnit != null ? p.OwnerUnit.Code : null })
            .ToListAsync(ct);
        foreach (var plan in closed)
        {
            if (plans.Contains(plan.Id) || projects.Any(p => p.Fund == plan.Fund && p.Year == plan.Year
                    && (plan.Fund == Fund.Kcqg || p.ProvinceCode == plan.Code)))
                throw ClosedYear.Refusal(plan.Fund, plan.Year);
        }
    }

    private static void AddPlan(HashSet<int> plans, int id)
    {
        if (id > 0) plans.Add(id);
    }

    /// <summary>
    /// A project under contract, stored so, taking a continuing step (its history row says which) and nothing else:
    /// its fund, year and province kept. A change without a step (renaming it) is no continuing step.
    /// </summary>
    private static bool Continues(EntityEntry entry, HashSet<int> continuingSteps, HashSet<int> otherSteps)
    {
        var project = (Project)entry.Entity;
        var status = (ProjectStatus)entry.Property(nameof(Project.Status)).OriginalValue!;
        return entry.State is EntityState.Modified or EntityState.Unchanged
               && ClosedYear.ContinuingStatuses.Contains(status)
               && continuingSteps.Contains(project.Id) && !otherSteps.Contains(project.Id)
               && Original(entry) == new YearKey(project.Fund, project.Year, project.ProvinceCode);
    }

    private static YearKey Original(EntityEntry entry) => new(
        (Fund)entry.Property(nameof(Project.Fund)).OriginalValue!,
        (int)entry.Property(nameof(Project.Year)).OriginalValue!,
        (string)entry.Property(nameof(Project.ProvinceCode)).OriginalValue!);

    private readonly record struct YearKey(Fund Fund, int Year, string ProvinceCode);
}
