using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// The product round's lifecycle (DOMAIN §6: Open → Scoring → Decided → Closed) stated here as the test's own table,
/// not read from <see cref="ProductRound.AllowedSteps"/>: which steps each state allows. A step outside its states is
/// a state refusal (409, <see cref="WorkflowException"/>), never a plain form error.
/// </summary>
public sealed class ProductWorkflowTableTests
{
    private static readonly Dictionary<RoundStatus, ProductAction[]> Expected = new()
    {
        // Receiving entries and nominations; the council is formed; the organiser judges eligibility.
        [RoundStatus.Open] =
        [
            ProductAction.AssignMember, ProductAction.SetNominationQuota, ProductAction.StartScoring,
            ProductAction.RegisterEntry, ProductAction.EditEntry, ProductAction.AttachFile,
            ProductAction.DecideEligibility, ProductAction.Recuse, ProductAction.SendNomination,
            ProductAction.ReturnNomination, ProductAction.AcceptNomination,
        ],
        // The council scores; no new entries; the decision (or its quorum exception) closes scoring.
        [RoundStatus.Scoring] =
        [
            ProductAction.AssignMember, ProductAction.RecordQuorumException, ProductAction.Decide,
            ProductAction.AttachFile, ProductAction.DecideEligibility, ProductAction.Score, ProductAction.Recuse,
        ],
        // After the decision: certificates, then closing.
        [RoundStatus.Decided] =
            [ProductAction.IssueCertificates, ProductAction.IssueCertificate, ProductAction.Close],
        [RoundStatus.Closed] = [],
    };

    public static TheoryData<RoundStatus> States => [.. Enum.GetValues<RoundStatus>()];

    [Theory]
    [MemberData(nameof(States))]
    public void Allows_EveryStepInEveryState_AsDomainSection6Says(RoundStatus status)
    {
        var round = InState(status);

        foreach (var action in Enum.GetValues<ProductAction>())
            Assert.True(Expected[status].Contains(action) == round.Allows(action),
                $"{status}: {action} should be {(Expected[status].Contains(action) ? "allowed" : "refused")}");
    }

    [Fact]
    public void Steps_OutsideTheirStates_AreStateRefusals()
    {
        var open = InState(RoundStatus.Open);
        var decided = InState(RoundStatus.Decided);
        var closed = InState(RoundStatus.Closed);

        Assert.Throws<WorkflowException>(() => open.Decide("1/QĐ", Today, []));
        Assert.Throws<WorkflowException>(() => open.Close());
        Assert.Throws<WorkflowException>(() => decided.StartScoring());
        Assert.Throws<WorkflowException>(() => decided.AssignMember("m9", "m9"));
        Assert.Throws<WorkflowException>(() => decided.SetNominationQuota(3));
        Assert.Throws<WorkflowException>(() => closed.RequireStep(ProductAction.IssueCertificates, "x"));
    }

    [Fact]
    public void Attach_AfterTheDecision_IsAStateRefusal()
    {
        var round = ScoringRound();
        var entry = Entry(round);
        round.StartScoring();
        foreach (var m in Members) entry.Score(round, m, Points(85));
        round.Decide("1/QĐ", Today, [entry]);

        Assert.Throws<WorkflowException>(() =>
            entry.Attach(round, new EntryAttachment("a.png", "image/png", 1, "a.bin", true)));
        Assert.Empty(entry.Attachments);
    }

    [Fact]
    public void Score_OwnEntryOrNotAMember_IsAnActorRefusal_NotAStateOne()
    {
        var round = ScoringRound();
        var own = Entry(round, registeredBy: Members[0]);
        round.StartScoring();

        Assert.IsType<SelfApprovalException>(own.ScoreRefusal(round, Members[0]));
        Assert.IsType<SelfApprovalException>(own.ScoreRefusal(round, "stranger"));
        Assert.IsType<SelfApprovalException>(ProductEntry.RecuseRefusal(round, "stranger"));
    }

    private static ProductRound InState(RoundStatus status)
    {
        var round = ScoringRound();
        if (status == RoundStatus.Open) return round;
        var entry = Entry(round);
        round.StartScoring();
        if (status == RoundStatus.Scoring) return round;
        foreach (var m in Members) entry.Score(round, m, Points(85));
        round.Decide("1/QĐ", Today, [entry]);
        if (status == RoundStatus.Closed) round.Close();
        return round;
    }
}
