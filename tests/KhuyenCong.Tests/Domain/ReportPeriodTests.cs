using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>Report periods and province reports (DOMAIN §11 step 6): deadlines, late marking, return and resend.</summary>
public sealed class ReportPeriodTests
{
    private static readonly Actor Department = new("u-so", "Bùi Văn Sở", 7);

    private static ReportSubmissionLetter Letter(string number = "123/SCT-KHTC", int day = 10) =>
        new(number, new DateOnly(2026, 7, day), "cong-van.pdf", "abc.bin", "application/pdf", 100);

    private static ReportSubmissionRow Row(string code, long supportMillions) => new(1, code, "Đề án " + code,
        ProjectKind.Single, "TTKC", "", "Phú Thọ", "Đào tạo", "99/QĐ-UBND", new DateOnly(2026, 3, 1), Fund.Kcdp,
        Vnd.FromMillions(supportMillions * 2), Vnd.FromMillions(supportMillions), Vnd.FromMillions(supportMillions),
        Vnd.FromMillions(1), Vnd.Zero, ProjectStatus.InProgress);

    [Fact]
    public void Constructor_DeadlineNotAfterPeriodEnd_Refused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            new ReportPeriod(2026, ReportPeriodKind.FirstHalf, new DateOnly(2026, 6, 30), null, "u"));
        Assert.Equal("Hạn nộp báo cáo phải sau ngày cuối kỳ báo cáo {0}.", refusal.MessageKey);
        Assert.Throws<DomainException>(() =>
            new ReportPeriod(2026, ReportPeriodKind.Year, new DateOnly(2026, 12, 31), null, "u"));
        Assert.Throws<DomainException>(() =>
            new ReportPeriod(1999, ReportPeriodKind.Year, new DateOnly(2000, 1, 31), null, "u"));
    }

    [Fact]
    public void Submit_AfterDeadline_MarkedLate_OnTime_NotLate()
    {
        var period = new ReportPeriod(2026, ReportPeriodKind.FirstHalf, new DateOnly(2026, 7, 15), null, "u");
        var onTime = new ReportSubmission(period, 25, 7);
        onTime.Submit(period, Letter(), [Row("A", 10)], Vnd.Zero, Vnd.Zero, Department, new DateOnly(2026, 7, 15));
        var late = new ReportSubmission(period, 26, 8);
        late.Submit(period, Letter(), [Row("B", 10)], Vnd.Zero, Vnd.Zero, Department, new DateOnly(2026, 7, 16));

        Assert.False(onTime.IsLate);
        Assert.True(late.IsLate);
        Assert.Equal(ReportSubmissionStatus.Submitted, late.Status);
        Assert.Equal(-1, period.DaysLeft(new DateOnly(2026, 7, 16)));
    }

    [Fact]
    public void Submit_Twice_Refused409_ReturnThenResendKeepsEarlierRows()
    {
        var period = new ReportPeriod(2026, ReportPeriodKind.Year, new DateOnly(2027, 1, 15), null, "u");
        var submission = new ReportSubmission(period, 25, 7);
        submission.Submit(period, Letter(), [Row("A", 10), Row("B", 20)], Vnd.FromMillions(50), Vnd.Zero,
            Department, new DateOnly(2027, 1, 10));

        Assert.Throws<WorkflowException>(() => submission.Submit(period, Letter(), [Row("A", 11)], Vnd.Zero,
            Vnd.Zero, Department, new DateOnly(2027, 1, 11)));
        Assert.Equal(1, submission.Submissions);
        Assert.Equal(2, submission.Rows.Count);

        Assert.Throws<DomainException>(() => submission.Return(" ", new DateOnly(2027, 1, 12)));
        Assert.Equal(ReportSubmissionStatus.Submitted, submission.Status);
        submission.Return("Thiếu số liệu giải ngân", new DateOnly(2027, 1, 12));
        Assert.Throws<WorkflowException>(() => submission.Return("Lần nữa", new DateOnly(2027, 1, 12)));

        submission.Submit(period, Letter("124/SCT-KHTC", 20), [Row("A", 11)], Vnd.FromMillions(50), Vnd.Zero,
            Department, new DateOnly(2027, 1, 20));
        Assert.Equal(2, submission.Submissions);
        Assert.True(submission.IsLate);
        Assert.Equal("124/SCT-KHTC", submission.LetterNumber);
        Assert.Equal(3, submission.Rows.Count);
        Assert.Equal(["A"], submission.CurrentRows.Select(r => r.ProjectCode));
        Assert.Equal(11_000_000, submission.CurrentRows.Single().SupportDong);
    }

    [Fact]
    public void Submit_LetterWithoutNumberOrDatedTomorrow_RefusedAndNothingChanged()
    {
        var period = new ReportPeriod(2026, ReportPeriodKind.FirstHalf, new DateOnly(2026, 7, 31), null, "u");
        var submission = new ReportSubmission(period, 25, 7);

        Assert.Throws<DomainException>(() => submission.Submit(period, Letter(" "), [Row("A", 1)], Vnd.Zero,
            Vnd.Zero, Department, new DateOnly(2026, 7, 20)));
        var refusal = Assert.Throws<DomainException>(() => submission.Submit(period, Letter(day: 21), [Row("A", 1)],
            Vnd.Zero, Vnd.Zero, Department, new DateOnly(2026, 7, 20)));

        Assert.Equal("Ngày công văn {0} sau ngày hôm nay.", refusal.MessageKey);
        Assert.Equal(0, submission.Submissions);
        Assert.Empty(submission.Rows);
    }
}
