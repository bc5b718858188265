using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>The council's rules: a sheet of 100 points, members only, conflicts, the mean and "k/n".</summary>
public sealed class AppraisalCouncilTests
{
    internal static Project Registered(int id)
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.Registered);
        typeof(AuditableEntity).GetProperty(nameof(AuditableEntity.Id))!.SetValue(project, id);
        return project;
    }

    internal static AppraisalCouncil Council(params string[] members)
    {
        var council = new AppraisalCouncil(2021, 1, AppraisalCriteria.Defaults());
        foreach (var m in members) council.AssignMember(m, "Thành viên " + m);
        return council;
    }

    [Fact]
    public void DefaultSheet_AddsUpTo100()
    {
        Assert.Equal(100, AppraisalCriteria.Defaults().Sum(c => c.MaxScore));
        Assert.Equal(100, Council().MaxTotal);
    }

    [Fact]
    public void ConfigureSheet_NotAddingUpTo100_Refused_SheetUnchanged()
    {
        var council = Council();
        var ex = Assert.Throws<DomainException>(() => council.ConfigureSheet([new("A", 50, 1), new("B", 40, 2)]));
        Assert.Contains("(hiện là 90)", ex.Message);
        Assert.Equal(5, council.Criteria.Count);
    }

    [Fact]
    public void ConfigureSheet_AfterTheFirstSheet_WorkflowException()
    {
        var council = Council("m1");
        council.Score(Registered(1), "m1", [20, 30, 25, 15, 10]);
        Assert.Throws<WorkflowException>(() => council.ConfigureSheet([new("Một tiêu chí", 100, 1)]));
        Assert.Equal(5, council.Criteria.Count);
    }

    [Fact]
    public void Score_MeanOfMembersNotRecused_AndProgress()
    {
        var council = Council("m1", "m2", "m3");
        var project = Registered(7);
        council.Score(project, "m1", [18, 25, 20, 12, 8]);
        council.Score(project, "m2", [14, 20, 20, 10, 6]);
        Assert.Equal((2, 3), council.ProgressFor(7));
        Assert.Equal(76.5, council.MeanFor(7));

        // Declaring a conflict after scoring withdraws the sheet.
        council.Recuse(project, "m2", "Người thân");
        Assert.Equal((1, 2), council.ProgressFor(7));
        Assert.Equal(83, council.MeanFor(7));
        Assert.Null(council.MeanFor(8));
    }

    [Fact]
    public void Score_ReplacesTheMembersSheet()
    {
        var council = Council("m1");
        var project = Registered(1);
        council.Score(project, "m1", [18, 25, 20, 12, 8]);
        council.Score(project, "m1", [10, 10, 10, 10, 10]);
        Assert.Single(council.Sheets);
        Assert.Equal(50, council.MeanFor(1));
    }

    [Fact]
    public void Score_OutOfRangeOrIncomplete_Refused_NothingRecorded()
    {
        var council = Council("m1");
        var project = Registered(1);
        Assert.Throws<DomainException>(() => council.Score(project, "m1", [21, 25, 20, 12, 8]));
        Assert.Throws<DomainException>(() => council.Score(project, "m1", [-1, 25, 20, 12, 8]));
        Assert.Throws<DomainException>(() => council.Score(project, "m1", [20, 25]));
        Assert.Empty(council.Sheets);
    }

    [Fact]
    public void Score_WhoMayNot_Refused()
    {
        var council = Council("m1", "u-creator");
        var project = Registered(1);
        Assert.Throws<SelfApprovalException>(() => council.Score(project, "outsider", [20, 30, 25, 15, 10]));
        // The project's author sits on the council: not their own project.
        Assert.Throws<SelfApprovalException>(() => council.Score(project, "u-creator", [20, 30, 25, 15, 10]));
        council.Recuse(project, "m1", null);
        Assert.Throws<WorkflowException>(() => council.Score(project, "m1", [20, 30, 25, 15, 10]));
        Assert.Empty(council.Sheets);
    }

    [Fact]
    public void Score_ProjectNoLongerRegistered_WorkflowException()
    {
        var council = Council("m1");
        var approved = ProjectWorkflowTests.In(ProjectStatus.Approved);
        Assert.Throws<WorkflowException>(() => council.Score(approved, "m1", [20, 30, 25, 15, 10]));
        Assert.Throws<WorkflowException>(() => council.Recuse(approved, "m1", null));
        Assert.Empty(council.Sheets);
        Assert.Empty(council.Recusals);
    }

    [Fact]
    public void AssignMember_Twice_Refused()
    {
        var council = Council("m1");
        Assert.Throws<DomainException>(() => council.AssignMember("m1", "Thành viên m1"));
        Assert.Single(council.Members);
    }

    [Fact]
    public void Council_ProjectOfAnotherFund_NotTheCouncils()
    {
        var council = Council("m1");
        var local = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised, Fund.Kcdp);
        Assert.Throws<InvalidOperationException>(() => council.Score(local, "m1", [20, 30, 25, 15, 10]));
    }
}
