using System.Security.Claims;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Projects;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// Who may draft a project's document, and from when: whoever may take the step the document prepares (the same
/// role × step rule as the step itself, so the page offers exactly what the server allows), once the project has
/// reached that step or passed it (a draft may be made again after the step, to reprint or correct).
/// </summary>
public static class ProjectDocumentRules
{
    /// <summary>
    /// The step the document prepares: the contract is signed by the approving body, like the decision.
    /// </summary>
    public static ProjectAction StepOf(DocumentKind kind) => kind switch
    {
        DocumentKind.ProjectApproval or DocumentKind.ProjectContract => ProjectAction.Approved,
        DocumentKind.AcceptanceMinutes => ProjectAction.Accepted,
        DocumentKind.SettlementDecision => ProjectAction.Settled,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a project document."),
    };

    /// <summary>The step whose number and date the signed document gives: the contract's are the start's.</summary>
    public static ProjectAction SignedStepOf(DocumentKind kind) =>
        kind == DocumentKind.ProjectContract ? ProjectAction.Started : StepOf(kind);

    /// <summary>
    /// Null when the user may draft it now; else 403 (not their step) or 409 (not yet) with the reason.
    /// </summary>
    public static DraftResult? Refusal(DocumentKind kind, ClaimsPrincipal user, Project project, Actor actor,
        bool nationwide)
    {
        if (!ProjectRoles.MayTake(user, StepOf(kind), project, actor, nationwide)) return DraftResult.Forbidden;
        return IsDue(kind, project)
            ? null
            : DraftResult.Conflict("Đề án chưa đến bước lập văn bản này.");
    }

    private static bool IsDue(DocumentKind kind, Project project) => kind switch
    {
        DocumentKind.ProjectApproval => project.Allows(ProjectAction.Approved)
            || ProjectStatusGroups.Approved.Contains(project.Status),
        DocumentKind.ProjectContract => ProjectStatusGroups.Approved.Contains(project.Status),
        DocumentKind.AcceptanceMinutes => project.Allows(ProjectAction.Accepted)
            || ProjectStatusGroups.AcceptedOrLater.Contains(project.Status),
        _ => project.Allows(ProjectAction.Settled) || ProjectStatusGroups.SettledOrLater.Contains(project.Status),
    };
}
