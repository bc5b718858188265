using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// The yearly cycle's records (DOMAIN §11 steps 1, 2 and 6) as the test's own tables, not read from the domain:
/// a registration round and a province's package, a province's implementation report. Every step from every state;
/// the allowed ones go through, the others answer 409 (as the web's refusal path maps them) and change nothing.
/// </summary>
public sealed class CycleWorkflowTests
{
    private static readonly Actor Department = new("u-dept", "Cán bộ Sở", 2);
    private static readonly Actor Ministry = new("u-bo", "Cán bộ Bộ", 3);
    private static readonly DateOnly Opened = new(2021, 3, 1);
    private static readonly DateOnly Deadline = new(2021, 4, 30);
    private static readonly DateOnly Today = new(2021, 4, 10);
    private static readonly DateTime Now = new(2021, 4, 10, 3, 0, 0, DateTimeKind.Utc);
    private const int Province = 17;

    public enum Registration { OpenNoPackage, OpenSent, OpenReturned, ClosedNoPackage, ClosedSent, ClosedReturned }

    public enum RegistrationStep { SendPackage, ResendPackage, ReturnPackage, UpdateRound, CloseRound }

    /// <summary>
    /// DOMAIN §11 steps 1–2: the ministry opens the round (and may change its deadline and figures while open); a
    /// province sends its package once, the ministry may return it and the province resends it, all while the round
    /// is open (late sendings count as late, not refused); a closed round takes nothing more. A step that needs a
    /// package (resend, return) is asked only where there is one; sending a first package only where there is none.
    /// </summary>
    private static readonly Dictionary<(Registration, RegistrationStep), bool> RegistrationTable = new()
    {
        [(Registration.OpenNoPackage, RegistrationStep.SendPackage)] = true,
        [(Registration.ClosedNoPackage, RegistrationStep.SendPackage)] = false,
        [(Registration.OpenSent, RegistrationStep.ResendPackage)] = false,
        [(Registration.OpenReturned, RegistrationStep.ResendPackage)] = true,
        [(Registration.ClosedSent, RegistrationStep.ResendPackage)] = false,
        [(Registration.ClosedReturned, RegistrationStep.ResendPackage)] = false,
        [(Registration.OpenSent, RegistrationStep.ReturnPackage)] = true,
        [(Registration.OpenReturned, RegistrationStep.ReturnPackage)] = false,
        [(Registration.ClosedSent, RegistrationStep.ReturnPackage)] = false,
        [(Registration.ClosedReturned, RegistrationStep.ReturnPackage)] = false,
        [(Registration.OpenNoPackage, RegistrationStep.UpdateRound)] = true,
        [(Registration.OpenSent, RegistrationStep.UpdateRound)] = true,
        [(Registration.OpenReturned, RegistrationStep.UpdateRound)] = true,
        [(Registration.ClosedReturned, RegistrationStep.UpdateRound)] = false,
        [(Registration.ClosedNoPackage, RegistrationStep.UpdateRound)] = false,
        [(Registration.ClosedSent, RegistrationStep.UpdateRound)] = false,
        [(Registration.OpenNoPackage, RegistrationStep.CloseRound)] = true,
        [(Registration.OpenSent, RegistrationStep.CloseRound)] = true,
        [(Registration.OpenReturned, RegistrationStep.CloseRound)] = true,
        [(Registration.ClosedReturned, RegistrationStep.CloseRound)] = false,
        [(Registration.ClosedNoPackage, RegistrationStep.CloseRound)] = false,
        [(Registration.ClosedSent, RegistrationStep.CloseRound)] = false,
    };

    private sealed record RegistrationCase(RegistrationRound Round, ProvincePackage? Package, Project Project);

    private static RegistrationCase In(Registration state)
    {
        var round = new RegistrationRound(2021, Opened, Deadline, null,
            new Dictionary<int, Vnd> { [Province] = Vnd.FromMillions(1_000) });
        var project = ProjectWorkflowTests.In(ProjectStatus.BaseAppraised);
        ProvincePackage? package = null;
        if (state is not (Registration.OpenNoPackage or Registration.ClosedNoPackage))
            package = ProvincePackage.Submit(round, Province, 5, [project], [Row(project)], Letter(), Department,
                Now, Today);
        if (state is Registration.OpenReturned or Registration.ClosedReturned)
            package!.Return(round, [project], "Bổ sung hồ sơ", Ministry, Now);
        if (state is Registration.ClosedNoPackage or Registration.ClosedSent or Registration.ClosedReturned)
            round.Close(Deadline);
        return new(round, package, project);
    }

    private static readonly Dictionary<RegistrationStep, Action<RegistrationCase>> RegistrationSteps = new()
    {
        [RegistrationStep.SendPackage] = c => ProvincePackage.Submit(c.Round, Province, 5, [c.Project],
            [Row(c.Project)], Letter(), Department, Now, Today),
        [RegistrationStep.ResendPackage] = c => c.Package!.Resubmit(c.Round, [c.Project], [Row(c.Project)],
            Letter(), Department, Now, Today),
        [RegistrationStep.ReturnPackage] = c => c.Package!.Return(c.Round, [c.Project], "Thiếu công văn", Ministry,
            Now),
        [RegistrationStep.UpdateRound] = c => c.Round.Update(Deadline.AddDays(10), "Gia hạn",
            new Dictionary<int, Vnd> { [Province] = Vnd.FromMillions(1_200) }),
        [RegistrationStep.CloseRound] = c => c.Round.Close(Today),
    };

    public static TheoryData<Registration, RegistrationStep> RegistrationCells()
    {
        var data = new TheoryData<Registration, RegistrationStep>();
        foreach (var (state, step) in RegistrationTable.Keys) data.Add(state, step);
        return data;
    }

    [Theory]
    [MemberData(nameof(RegistrationCells))]
    public void RegistrationStep_AsDomainSection11Says_Otherwise409AndNothingChanged(
        Registration state, RegistrationStep step)
    {
        var c = In(state);
        var before = Snapshot(c);

        var refusal = Record.Exception(() => RegistrationSteps[step](c));

        AssertAnswer(RegistrationTable[(state, step)], refusal, $"{step} in {state}");
        if (refusal is not null) Assert.Equal(before, Snapshot(c));
    }

    public enum Report { NotSent, Sent, Returned }

    public enum ReportStep { Send, Return }

    /// <summary>
    /// DOMAIN §11 step 6: a province sends its report by the deadline (late ones count as late); the ministry may
    /// return it, and the province sends it again; a report waiting with the ministry is not sent twice, and only a
    /// report that waits with the ministry is returned.
    /// </summary>
    private static readonly Dictionary<(Report, ReportStep), bool> ReportTable = new()
    {
        [(Report.NotSent, ReportStep.Send)] = true,
        [(Report.Sent, ReportStep.Send)] = false,
        [(Report.Returned, ReportStep.Send)] = true,
        [(Report.NotSent, ReportStep.Return)] = false,
        [(Report.Sent, ReportStep.Return)] = true,
        [(Report.Returned, ReportStep.Return)] = false,
    };

    public static TheoryData<Report, ReportStep> ReportCells()
    {
        var data = new TheoryData<Report, ReportStep>();
        foreach (var (state, step) in ReportTable.Keys) data.Add(state, step);
        return data;
    }

    [Theory]
    [MemberData(nameof(ReportCells))]
    public void ReportStep_AsDomainSection11Says_Otherwise409AndNothingChanged(Report state, ReportStep step)
    {
        var period = new ReportPeriod(2026, ReportPeriodKind.FirstHalf, new DateOnly(2026, 7, 15), null, "u-bo");
        var day = new DateOnly(2026, 7, 10);
        var submission = new ReportSubmission(period, 25, 7);
        if (state != Report.NotSent)
            submission.Submit(period, ReportLetter(), [], Vnd.Zero, Vnd.Zero, Department, day);
        if (state == Report.Returned) submission.Return("Thiếu số liệu", day);
        var before = (submission.Status, submission.Submissions, submission.ReturnReason);

        var refusal = Record.Exception(() =>
        {
            if (step == ReportStep.Send)
                submission.Submit(period, ReportLetter(), [], Vnd.Zero, Vnd.Zero, Department, day);
            else submission.Return("Sai biểu mẫu", day);
        });

        AssertAnswer(ReportTable[(state, step)], refusal, $"{step} in {state}");
        if (refusal is not null)
            Assert.Equal(before, (submission.Status, submission.Submissions, submission.ReturnReason));
    }

    private static void AssertAnswer(bool allowed, Exception? refusal, string what)
    {
        if (allowed)
        {
            Assert.True(refusal is null, $"{what} must be allowed, was refused: {refusal?.Message}");
            return;
        }
        var domain = Assert.IsAssignableFrom<DomainException>(refusal);
        var answer = RefusalResults.StatusOf(domain)?.ToString() ?? "the form again";
        Assert.True(answer == "409", $"{what}: expected 409, the web answers {answer} ({domain.Message})");
    }

    private static string Snapshot(RegistrationCase c) =>
        string.Join("|", c.Round.Status, c.Round.Deadline, c.Round.IndicativeFor(Province), c.Package?.Status,
            c.Package?.Submissions.Count, c.Project.Status);

    private static PackageLetter Letter() => new("12/SCT", Today, "cv.pdf", "application/pdf", 10, "x.bin");

    private static PackageRow Row(Project p) => new(p, "Ứng dụng máy móc", 4, "Sở", "Xã", []);

    private static ReportSubmissionLetter ReportLetter() =>
        new("123/SCT-KHTC", new DateOnly(2026, 7, 10), "cong-van.pdf", "abc.bin", "application/pdf", 100);
}
