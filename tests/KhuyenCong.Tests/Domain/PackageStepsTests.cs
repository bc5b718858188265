using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// DOMAIN §11 steps 2 and 4, written out: in a plan year with a registration round, a KCQG project is registered and
/// returned through its province's package, and approved or rejected only in the year's plan decision; without a
/// round, and for KCĐP, every single-project step stays.
/// </summary>
public sealed class PackageStepsTests
{
    public static TheoryData<ProjectStatus, ProjectAction, string?> Table() => new()
    {
        { ProjectStatus.BaseAppraised, ProjectAction.Registered, "qua hồ sơ đăng ký của tỉnh" },
        { ProjectStatus.Registered, ProjectAction.Returned, "trả lại cả hồ sơ đăng ký" },
        { ProjectStatus.Registered, ProjectAction.Approved, "trong quyết định phê duyệt kế hoạch KCQG" },
        { ProjectStatus.Registered, ProjectAction.Rejected, "trong quyết định phê duyệt kế hoạch KCQG" },
        // The department's return of a submitted proposal is no package step.
        { ProjectStatus.Submitted, ProjectAction.Returned, null },
        { ProjectStatus.Submitted, ProjectAction.BaseAppraised, null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Refusal_KcqgInARoundYear_409NamingWhereTheStepIsTaken(ProjectStatus status, ProjectAction step,
        string? place)
    {
        var project = ProjectWorkflowTests.In(status);

        var refusal = PackageSteps.Refusal(project, step, roundExists: true);

        if (place is null)
        {
            Assert.Null(refusal);
            return;
        }
        Assert.IsType<WorkflowException>(refusal);
        Assert.Contains(place, refusal!.Message, StringComparison.Ordinal);
        Assert.Null(PackageSteps.Refusal(project, step, roundExists: false));
        Assert.Equal(step is ProjectAction.Approved or ProjectAction.Rejected,
            PackageSteps.IsPlanDecisionStep(project, step));
    }

    [Fact]
    public void Refusal_KcdpApproval_IsNeverAPackageStep()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised, Fund.Kcdp);

        Assert.Null(PackageSteps.Refusal(project, ProjectAction.Approved, roundExists: true));
    }
}
