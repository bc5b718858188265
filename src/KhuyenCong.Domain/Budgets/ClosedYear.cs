using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// The one refusal of a change to a closed plan year, whoever detects it (the plan or the save-time check), and what
/// a closed year still lets happen.
/// </summary>
public static class ClosedYear
{
    /// <summary>
    /// Projects under contract when their year is closed (DOMAIN §11 steps 5 and 7): the close lists them and does not
    /// stop them; their unspent allocation is carried over (chuyển nguồn, as the budget law means it) so that the work
    /// paid for goes on to its acceptance, settlement and balance in the next budget year.
    /// </summary>
    public static readonly IReadOnlyList<ProjectStatus> ContinuingStatuses =
        [ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled];

    /// <summary>
    /// The steps such a project still takes once its year is closed: acceptance, settlement, payments and their
    /// corrections, recovery and closing. Changing what the closed plan approved (adjusting, stopping, carrying) is
    /// not among them: that needs the documented reopening of the year.
    /// </summary>
    public static readonly IReadOnlySet<ProjectAction> ContinuingSteps = new HashSet<ProjectAction>
    {
        ProjectAction.Accepted, ProjectAction.Settled, ProjectAction.Disbursed, ProjectAction.Reversed,
        ProjectAction.Recovered, ProjectAction.Closed,
    };

    /// <summary>Whether a project in <paramref name="status"/> of a closed year may take <paramref name="step"/>.
    /// </summary>
    public static bool Continues(ProjectStatus status, ProjectAction step) =>
        ContinuingStatuses.Contains(status) && ContinuingSteps.Contains(step);

    public static WorkflowException Refusal(Fund fund, int year) => new(
        "Năm kế hoạch {0} ({1}) đã khóa sổ: không thay đổi được kế hoạch, phân bổ và đề án của năm này. " +
        "Muốn thay đổi, người lập kế hoạch phải mở lại năm, ghi rõ lý do.", year, FundNames.Code(fund));
}
