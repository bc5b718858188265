using System.Security.Claims;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The role × step matrix of DOMAIN §5 in one place: which roles may take which step of which project.
/// Scope (404) is checked before this (403), and the state (409) after, by the domain; then who may act on this
/// project (separation of duties, 403 naming the rule) by the domain's <see cref="Project.DutyRefusal"/>.
/// </summary>
public static class ProjectRoles
{
    public static bool MayDraft(ClaimsPrincipal user) => Policies.Allows(user, Policies.LocalOrDepartmentOfficers);

    /// <param name="nationwide">
    /// Whether the user's organisation sees the whole country. Department-officer steps belong to a province's
    /// department or centre: the role held in a nationwide organisation (a ministry service unit) does not give them.
    /// </param>
    public static bool MayTake(
        ClaimsPrincipal user, ProjectAction action, Project project, Actor actor, bool nationwide)
    {
        var department = IsDepartment(user, nationwide);
        var ministry = IsMinistry(user);
        return action switch
        {
            ProjectAction.Edited or ProjectAction.Submitted => MayDraft(user),
            ProjectAction.Returned => project.Status == ProjectStatus.Registered ? ministry : department,
            ProjectAction.BaseAppraised or ProjectAction.Registered => department,
            ProjectAction.Approved or ProjectAction.Adjusted or ProjectAction.Stopped or ProjectAction.Carried =>
                project.Fund == Fund.Kcqg ? ministry : department,
            ProjectAction.Rejected => ministry,
            ProjectAction.Started =>
                actor.OrganisationIds.Contains(project.ImplementingOrganisationId)
                && Policies.Allows(user, Policies.Officers),
            ProjectAction.Disbursed or ProjectAction.Accepted or ProjectAction.Settled => department || ministry,
            // Payments' corrections follow whoever records payments; closing follows whoever settles.
            ProjectAction.Reversed or ProjectAction.Recovered =>
                MayTake(user, ProjectAction.Disbursed, project, actor, nationwide),
            ProjectAction.Closed => MayTake(user, ProjectAction.Settled, project, actor, nationwide),
            _ => false,
        };
    }

    /// <summary>
    /// The department officer's steps belong to a province's department or centre: the role held in a nationwide
    /// organisation (a ministry service unit) does not give them.
    /// </summary>
    public static bool IsDepartment(ClaimsPrincipal user, bool nationwide) =>
        Policies.Allows(user, Policies.DepartmentOfficer) && !nationwide;

    /// <summary>The ministry's steps (KCQG decisions, the ministry's return, rejection).</summary>
    public static bool IsMinistry(ClaimsPrincipal user) => Policies.Allows(user, Policies.MinistryOfficer);
}
