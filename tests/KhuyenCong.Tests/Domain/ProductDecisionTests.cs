using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// The recognition decision of issue 13: complete scoring or a recorded quorum exception, "passed outside the quota"
/// apart from "not passed", and ties on the quota's last place chosen by the organiser.
/// </summary>
public sealed class ProductDecisionTests
{
    /// <summary>Entries in a round being scored; <paramref name="scorers"/> members give each entry its
    /// score.</summary>
    private static (ProductRound Round, List<ProductEntry> Entries) Scored(int? quota, string[] scorers,
        params int[] scores)
    {
        var round = ScoringRound(70, quota);
        var entries = scores.Select((_, i) => Entry(round, $"Sản phẩm {i}")).ToList();
        round.StartScoring();
        for (var i = 0; i < scores.Length; i++)
            foreach (var m in scorers) entries[i].Score(round, m, Points(scores[i]));
        return (round, entries);
    }

    [Fact]
    public void Decide_OneMemberOfThreeScored_RefusedNamingWhatIsMissingAndNothingChanged()
    {
        var (round, entries) = Scored(null, ["m3"], 80, 85, 90, 75);

        var ex = Assert.Throws<WorkflowException>(() => round.Decide("5/QĐ-SCT", Today, entries));

        Assert.Contains("còn 4 sản phẩm chưa được chấm đủ, 2 thành viên", ex.Message);
        Assert.Contains("8 phiếu chấm còn thiếu", ex.Message);
        Assert.Equal(RoundStatus.Scoring, round.Status);
        Assert.Null(round.DecisionNumber);
        Assert.All(entries, e => Assert.False(e.Recognised));
    }

    [Fact]
    public void Decide_ThreeOfFourEntriesMissingASheet_Refused()
    {
        var (round, entries) = Scored(null, ["m1", "m2"], 80, 85, 90, 75);
        entries[0].Score(round, "m3", Points(80));

        var ex = Assert.Throws<WorkflowException>(() => round.Decide("5/QĐ-SCT", Today, entries));

        Assert.Contains("còn 3 sản phẩm chưa được chấm đủ, 1 thành viên", ex.Message);
    }

    [Fact]
    public void Decide_RecusedMemberRegistrantAndIneligibleEntry_NotAwaited()
    {
        var round = ScoringRound();
        var own = Entry(round, "Sản phẩm của m1", registeredBy: "m1");
        var recused = Entry(round, "Sản phẩm có xung đột");
        var ineligible = Entry(round, "Hồ sơ thiếu");
        ineligible.MarkIneligible("Thiếu giấy phép");
        recused.Recuse(round, "m2", "Người thân");
        round.StartScoring();
        foreach (var m in new[] { "m2", "m3" }) own.Score(round, m, Points(80));
        foreach (var m in new[] { "m1", "m3" }) recused.Score(round, m, Points(75));

        Assert.True(ScoringGap.Of(round, [own, recused, ineligible]).IsComplete);
        round.Decide("5/QĐ-SCT", Today, [own, recused, ineligible]);

        Assert.True(own.Recognised);
        Assert.True(recused.Recognised);
    }

    [Fact]
    public void RecordQuorumException_WithReason_AllowsTheDecisionAndKeepsWhatWasWaived()
    {
        var (round, entries) = Scored(null, ["m3"], 80, 65);

        round.RecordQuorumException("  Hai thành viên ốm, hết hạn ra quyết định  ", "organiser", Today, entries);
        round.Decide("5/QĐ-SCT", Today, entries);

        Assert.Equal("Hai thành viên ốm, hết hạn ra quyết định", round.QuorumExceptionReason);
        Assert.Equal("organiser", round.QuorumExceptionByUserId);
        Assert.Equal(Today, round.QuorumExceptionDate);
        Assert.Equal(4, round.QuorumExceptionMissingSheets);
        Assert.Equal(RoundStatus.Decided, round.Status);
        Assert.True(entries[0].Recognised);
    }

    [Fact]
    public void RecordQuorumException_WithoutReason_RefusedAndNothingRecorded()
    {
        var (round, entries) = Scored(null, ["m3"], 80);

        Assert.Throws<DomainException>(() => round.RecordQuorumException("  ", "organiser", Today, entries));

        Assert.Null(round.QuorumExceptionReason);
        Assert.Throws<WorkflowException>(() => round.Decide("5/QĐ-SCT", Today, entries));
    }

    [Fact]
    public void RecordQuorumException_CouncilComplete_RefusedAsNeedless()
    {
        var (round, entries) = Scored(null, Members, 80);

        var ex = Assert.Throws<WorkflowException>(
            () => round.RecordQuorumException("Không cần", "organiser", Today, entries));

        Assert.Contains("không cần ngoại lệ", ex.Message);
        Assert.Null(round.QuorumExceptionReason);
    }

    [Fact]
    public void RecordQuorumException_RoundStillOpen_RefusedAsStateConflict()
    {
        var round = ScoringRound();
        var entry = Entry(round);

        Assert.Throws<WorkflowException>(() => round.RecordQuorumException("Lý do", "organiser", Today, [entry]));
        Assert.Null(round.QuorumExceptionReason);
    }

    [Fact]
    public void Decide_AboveThresholdBeyondQuota_PassedOutsideQuotaNotNotPassed()
    {
        var (round, entries) = Scored(2, Members, 95, 88, 72, 60);

        var ranking = round.Decide("5/QĐ-SCT", Today, entries);

        Assert.Equal(
            [EntryOutcome.Recognised, EntryOutcome.Recognised, EntryOutcome.PassedOutsideQuota, EntryOutcome.NotPassed],
            ranking.Select(r => r.Outcome));
        Assert.Equal(EntryOutcome.PassedOutsideQuota,
            round.OutcomeOf(entries[2].Eligibility, entries[2].MeanScore, entries[2].Recognised));
        Assert.Equal(EntryOutcome.NotPassed,
            round.OutcomeOf(entries[3].Eligibility, entries[3].MeanScore, entries[3].Recognised));
    }

    [Fact]
    public void Rank_TieOnTheQuotasLastPlace_ShownAsTiedNotDecidedByRegistrationOrder()
    {
        var (round, entries) = Scored(2, Members, 90, 80, 80, 75);

        var tie = round.TieAtQuota(entries);
        var ranking = round.Rank(entries);

        Assert.NotNull(tie);
        Assert.Equal(1, tie.Places);
        Assert.Equal(80, tie.Score);
        Assert.Equal([entries[1], entries[2]], tie.Entries);
        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank));
        Assert.Equal(
            [EntryOutcome.Recognised, EntryOutcome.TiedAtQuota, EntryOutcome.TiedAtQuota,
                EntryOutcome.PassedOutsideQuota],
            ranking.Select(r => r.Outcome));
    }

    [Fact]
    public void Decide_TieWithoutChoice_RefusedAndNothingChanged()
    {
        var (round, entries) = Scored(2, Members, 90, 80, 80, 75);

        var ex = Assert.Throws<DomainException>(() => round.Decide("5/QĐ-SCT", Today, entries));

        Assert.Contains("2 sản phẩm cùng đạt 80 điểm", ex.Message);
        Assert.Contains("chọn đúng 1 sản phẩm", ex.Message);
        Assert.Equal(RoundStatus.Scoring, round.Status);
        Assert.All(entries, e => Assert.False(e.Recognised));
    }

    [Fact]
    public void Decide_TieChoosingBothOrAnUntiedEntryOrNoReason_Refused()
    {
        var (round, entries) = Scored(2, Members, 90, 80, 80, 75);

        Assert.Throws<DomainException>(() => round.Decide("5/QĐ", Today, entries, [entries[1], entries[2]], "Cả hai"));
        Assert.Throws<DomainException>(() => round.Decide("5/QĐ", Today, entries, [entries[3]], "Sản phẩm khác"));
        Assert.Throws<DomainException>(() => round.Decide("5/QĐ", Today, entries, [entries[2]], " "));
        Assert.Equal(RoundStatus.Scoring, round.Status);
    }

    [Fact]
    public void Decide_TieOrganiserChoosesTheLaterRegistered_ThatOneRecognised()
    {
        var (round, entries) = Scored(2, Members, 90, 80, 80, 75);

        var ranking = round.Decide("5/QĐ-SCT", Today, entries, [entries[2]], "Giá trị văn hóa cao hơn");

        Assert.Equal([true, false, true, false], entries.Select(e => e.Recognised));
        Assert.Equal("Giá trị văn hóa cao hơn", round.TieBreakReason);
        Assert.Equal(EntryOutcome.PassedOutsideQuota, ranking.Single(r => r.Entry == entries[1]).Outcome);
    }

    [Fact]
    public void TieAtQuota_TieWithinTheQuota_NoChoiceNeeded()
    {
        var (round, entries) = Scored(3, Members, 90, 80, 80, 75);

        Assert.Null(round.TieAtQuota(entries));
        round.Decide("5/QĐ-SCT", Today, entries);
        Assert.Equal([true, true, true, false], entries.Select(e => e.Recognised));
        Assert.Null(round.TieBreakReason);
    }
}
