using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// Once the ministry opens a registration round for a plan year (DOMAIN §11 steps 1–2), a KCQG project of that year
/// is registered with the ministry, and sent back to the province, only through its province's package: the package
/// carries the Sở's signed letter, the frozen Mẫu 2 rows and the deadline, and the plan decision takes its list from
/// the packages. A single-project "Đăng ký" or a ministry "Trả lại" on a registered project would bypass all of that
/// (and leave the package unreturnable), so both are refused as steps of the wrong place (409). So are the ministry's
/// single-project approval and rejection: in such a year one plan decision (QĐ phê duyệt kế hoạch KCQG năm N, DOMAIN
/// §11 step 4) approves or rejects the packages' projects together, under one number and date, all or nothing
/// (<see cref="PlanDecision.Take"/> runs the project's own steps, so its rules are unchanged). Years without a round
/// (before the cycle was in the portal) keep the single-project steps.
/// </summary>
public static class PackageSteps
{
    /// <summary>Whether the step on this project belongs to the package in a year with a round.</summary>
    public static bool IsPackageStep(Project project, ProjectAction action) =>
        project.Fund == Fund.Kcqg && (action == ProjectAction.Registered
            || (action is ProjectAction.Returned or ProjectAction.Approved or ProjectAction.Rejected
                && project.Status == ProjectStatus.Registered));

    /// <summary>Whether the step belongs to the year's plan decision (not to the package) in a round year.</summary>
    public static bool IsPlanDecisionStep(Project project, ProjectAction action) =>
        IsPackageStep(project, action) && action is ProjectAction.Approved or ProjectAction.Rejected;

    /// <summary>The 409 for a single-project step a round of the project's year takes over; else null.</summary>
    public static WorkflowException? Refusal(Project project, ProjectAction action, bool roundExists)
    {
        if (!roundExists || !IsPackageStep(project, action)) return null;
        if (IsPlanDecisionStep(project, action))
            return new WorkflowException(
                "Năm kế hoạch {0} có đợt đăng ký KCQG: đề án {1} được phê duyệt hoặc không phê duyệt trong quyết " +
                "định phê duyệt kế hoạch KCQG năm {0} cùng các đề án của hồ sơ đăng ký, không quyết định riêng từng " +
                "đề án.", project.Year, project.Code);
        return action == ProjectAction.Registered
            ? new WorkflowException(
                "Năm kế hoạch {0} có đợt đăng ký KCQG: đề án {1} được đăng ký qua hồ sơ đăng ký của tỉnh " +
                "(danh sách Mẫu 2 kèm công văn), không đăng ký riêng từng đề án.", project.Year, project.Code)
            : new WorkflowException(
                "Đề án {0} thuộc hồ sơ đăng ký kế hoạch KCQG năm {1}: Bộ trả lại cả hồ sơ đăng ký của tỉnh " +
                "kèm lý do, không trả lại riêng từng đề án.", project.Code, project.Year);
    }
}
