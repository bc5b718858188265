using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// DOMAIN §11 steps 1–2 as domain rules: the round's dates and figures, a package's sending and return.
/// </summary>
public sealed class RegistrationPackageTests
{
    private static readonly Actor Department = new("u-dept", "Cán bộ Sở", 2);
    private static readonly Actor Ministry = new("u-bo", "Cán bộ Bộ", 3);
    private static readonly DateOnly Opened = new(2021, 3, 1);
    private static readonly DateOnly Deadline = new(2021, 4, 30);
    private static readonly DateTime Now = new(2021, 4, 10, 3, 0, 0, DateTimeKind.Utc);
    private const int Province = 17;

    private static RegistrationRound Round() =>
        new(2021, Opened, Deadline, null, new Dictionary<int, Vnd> { [Province] = Vnd.FromMillions(1_000) });

    private static PackageLetter Letter(DateOnly? day = null) =>
        new("12/SCT", day ?? new DateOnly(2021, 4, 10), "cv.pdf", "application/pdf", 10, "x.bin");

    private static PackageRow Row(Project p) => new(p, "Ứng dụng máy móc", 4, "Sở", "Xã", []);

    [Fact]
    public void Round_DeadlineBeforeOpening_OrNegativeFigure_OrPastYear_Refused()
    {
        Assert.Throws<DomainException>(() => new RegistrationRound(2021, Opened, Opened.AddDays(-1), null,
            new Dictionary<int, Vnd> { [Province] = Vnd.Zero }));
        Assert.Throws<DomainException>(() => new RegistrationRound(2021, Opened, Deadline, null,
            new Dictionary<int, Vnd> { [Province] = Vnd.FromMillions(-1) }));
        Assert.Throws<DomainException>(() => new RegistrationRound(2020, Opened, Deadline, null,
            new Dictionary<int, Vnd> { [Province] = Vnd.Zero }));
    }

    [Fact]
    public void Round_IsLateOnlyAfterTheDeadlineDay_AndAClosedRoundRefusesChanges()
    {
        var round = Round();
        Assert.False(round.IsLateOn(Deadline));
        Assert.True(round.IsLateOn(Deadline.AddDays(1)));
        Assert.Equal(3, round.DaysLeft(Deadline.AddDays(-3)));

        round.Close(Deadline);

        Assert.Throws<WorkflowException>(() => round.Update(Deadline.AddDays(5), null,
            new Dictionary<int, Vnd> { [Province] = Vnd.Zero }));
        Assert.Throws<WorkflowException>(() => round.Close(Deadline));
    }

    [Fact]
    public void Submit_RegistersTheProjectAndFreezesItsRow_LateAfterTheDeadline()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised);
        var day = Deadline.AddDays(2);

        var package = ProvincePackage.Submit(Round(), Province, 5, [project], [Row(project)], Letter(day),
            Department, Now, day);

        Assert.Equal(ProjectStatus.Registered, project.Status);
        Assert.Equal(PackageStatus.Submitted, package.Status);
        Assert.True(package.Current!.IsLate);
        Assert.Equal(Vnd.FromMillions(600), package.Current.Recommended);
    }

    [Fact]
    public void Submit_KcdpProjectOrFutureLetterOrClosedRound_RefusedAndProjectUnchanged()
    {
        var kcdp = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised, Fund.Kcdp);
        var kcqg = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised);
        var day = new DateOnly(2021, 4, 10);
        var closed = Round();
        closed.Close(day);

        Assert.Throws<DomainException>(() => ProvincePackage.Submit(Round(), Province, 5, [kcdp], [Row(kcdp)],
            Letter(), Department, Now, day));
        Assert.Throws<DomainException>(() => ProvincePackage.Submit(Round(), Province, 5, [kcqg], [Row(kcqg)],
            Letter(day.AddDays(1)), Department, Now, day));
        Assert.Throws<WorkflowException>(() => ProvincePackage.Submit(closed, Province, 5, [kcqg], [Row(kcqg)],
            Letter(), Department, Now, day));
        Assert.Equal(ProjectStatus.BaseAppraised, kcdp.Status);
        Assert.Equal(ProjectStatus.BaseAppraised, kcqg.Status);
    }

    [Fact]
    public void Return_SendsProjectsBackToBaseAppraised_ThenOnlyAResendIsAllowed()
    {
        var round = Round();
        var project = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised);
        var day = new DateOnly(2021, 4, 10);
        var package = ProvincePackage.Submit(round, Province, 5, [project], [Row(project)], Letter(), Department,
            Now, day);

        Assert.Throws<DomainException>(() => package.Return(round, [project], " ", Ministry, Now));
        Assert.Equal(ProjectStatus.Registered, project.Status);
        Assert.Throws<WorkflowException>(() => package.Resubmit(round, [project], [Row(project)], Letter(),
            Department, Now, day));

        package.Return(round, [project], "Bổ sung thuyết minh", Ministry, Now);

        Assert.Equal(ProjectStatus.BaseAppraised, project.Status);
        Assert.Equal(ProjectAction.RegistrationReturned, project.History[^1].Action);
        Assert.Throws<WorkflowException>(() => package.Return(round, [project], "Lần nữa", Ministry, Now));
        package.Resubmit(round, [project], [Row(project)], Letter(), Department, Now, day);
        Assert.Equal(2, package.Submissions.Count);
        Assert.Equal(ProjectStatus.Registered, project.Status);
    }
}
