using System.Linq.Expressions;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// Separation of duties (DOMAIN §3, §5, §11) as data: which rules each step is subject to. The step methods check
/// them (403 naming the first rule broken), the project page offers no form for a step they forbid, and the inbox
/// counts only the steps they allow, all from this one table. Roles are the web's question (ProjectRoles), states
/// the workflow's (409, checked before these).
/// </summary>
public partial class Project
{
    /// <summary>
    /// The rules per step, in the order they are reported. Steps not listed (submitting, registering,
    /// signing the contract, payments) have no actor rule beyond the role: registering and the contract are the
    /// implementer's or the province's own work.
    /// </summary>
    public static readonly IReadOnlyDictionary<ProjectAction, IReadOnlyList<ProjectDuty>> Duties =
        new Dictionary<ProjectAction, IReadOnlyList<ProjectDuty>>
        {
            [ProjectAction.BaseAppraised] = [ProjectDuty.NotCreator, ProjectDuty.NotImplementer],
            // Returning for revision is the appraisal's other outcome (DOMAIN §5: Submitted → Returned /
            // Base-appraised; Registered → Approved / Rejected / Returned), so the same hands are kept off it: an
            // implementing centre holding the department officer's role does not return (withdraw) its own project.
            [ProjectAction.Returned] = [ProjectDuty.NotCreator, ProjectDuty.NotImplementer],
            [ProjectAction.Approved] = Decision,
            [ProjectAction.Rejected] = Decision,
            [ProjectAction.Accepted] = [ProjectDuty.NotImplementerUnlessCommitteeDecides, ProjectDuty.ApprovingLevel],
            [ProjectAction.Settled] = [ProjectDuty.NotImplementerUnlessCommitteeDecides, ProjectDuty.ApprovingLevel],
            // Closing after the balance is paid or recovered ends the settlement: the same level's work.
            [ProjectAction.Closed] = [ProjectDuty.NotImplementerUnlessCommitteeDecides, ProjectDuty.ApprovingLevel],
            // "The authority that approved" (DOMAIN §5) adjusts, stops or carries an approved project.
            [ProjectAction.Adjusted] = [ProjectDuty.NotCreator, ProjectDuty.ApprovingLevel],
            [ProjectAction.Stopped] = [ProjectDuty.NotCreator, ProjectDuty.ApprovingLevel],
            [ProjectAction.Carried] = [ProjectDuty.NotCreator, ProjectDuty.ApprovingLevel],
        };

    /// <summary>
    /// Why <paramref name="by"/> may not take <paramref name="action"/> on this project: the first rule broken, as the
    /// refusal to show (403); null when every rule holds. The history must be loaded (the appraiser rule reads it).
    /// </summary>
    public SelfApprovalException? DutyRefusal(ProjectAction action, Actor by)
    {
        if (!Duties.TryGetValue(action, out var duties)) return null;
        // Every project has its "created" row: none means the caller did not load the history, and the appraiser
        // rule would pass for want of data.
        if (Id != 0 && _history.Count == 0 && duties.Contains(ProjectDuty.NotAppraiser))
            throw new InvalidOperationException("Load the project's history before checking who may take a step.");
        return duties.FirstOrDefault(d => !d.IsMetBy(this, by))?.RefusalOf(action, this);
    }

    /// <summary>The same rules for a query: the projects on which <paramref name="by"/> may take the step.</summary>
    public static Expression<Func<Project, bool>> DutiesAllow(ProjectAction action, Actor by)
    {
        var project = Expression.Parameter(typeof(Project), "p");
        Expression body = Expression.Constant(true);
        if (Duties.TryGetValue(action, out var duties))
            body = duties.Aggregate(body, (sum, duty) => Expression.AndAlso(sum, duty.BodyFor(by, project)));
        return Expression.Lambda<Func<Project, bool>>(body, project);
    }

    private static IReadOnlyList<ProjectDuty> Decision =>
        [ProjectDuty.NotCreator, ProjectDuty.NotImplementerUnlessCommitteeDecides, ProjectDuty.NotAppraiser,
         ProjectDuty.ApprovingLevel];

    private void RequireDuties(ProjectAction action, Actor by)
    {
        if (DutyRefusal(action, by) is { } refusal) throw refusal;
    }
}
