using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

public sealed class ProductScoringTests
{
    [Fact]
    public void MeanScore_MemberRecusedAfterScoring_AveragesOnlyTheOthers()
    {
        var round = ScoringRound();
        var entry = Entry(round);
        round.StartScoring();
        entry.Score(round, "m1", Points(80));
        entry.Score(round, "m2", Points(70));
        entry.Score(round, "m3", Points(60));
        Assert.Equal(70, entry.MeanScore);

        entry.Recuse(round, "m3", "Người thân làm ở cơ sở");

        Assert.Equal(75, entry.MeanScore);
        Assert.Equal(2, entry.SheetCount);
        Assert.DoesNotContain(entry.Sheets, s => s.MemberUserId == "m3");
    }

    [Fact]
    public void Score_SameMemberTwice_ReplacesTheSheet()
    {
        var round = ScoringRound();
        var entry = Entry(round);
        round.StartScoring();
        entry.Score(round, "m1", Points(50));
        entry.Score(round, "m1", Points(90));

        Assert.Single(entry.Sheets);
        Assert.Equal(90, entry.MeanScore);
    }

    [Fact]
    public void Score_RecusedMember_IsRefusedForWhoIsActing()
    {
        var round = ScoringRound();
        var entry = Entry(round);
        entry.Recuse(round, "m2", null);
        round.StartScoring();

        var ex = Assert.Throws<SelfApprovalException>(() => entry.Score(round, "m2", Points(80)));
        Assert.Contains("xung đột lợi ích", ex.Message);
        Assert.Empty(entry.Sheets);
    }

    [Fact]
    public void Score_PointAboveCriterionMaximum_IsRefusedAsBadInputAndNothingChanges()
    {
        var round = ScoringRound();
        var entry = Entry(round);
        round.StartScoring();
        entry.Score(round, "m1", Points(80));

        var ex = Assert.Throws<DomainException>(() => entry.Score(round, "m1", [41, 30, 5, 5]));
        Assert.IsNotType<WorkflowException>(ex);
        Assert.Contains("0 đến 40", ex.Message);
        Assert.Throws<DomainException>(() => entry.Score(round, "m1", [30, 30, -1, 5]));
        Assert.Equal(80, entry.MeanScore);
        Assert.Equal(80, entry.Sheets.Single().Total);
    }

    [Fact]
    public void Score_RoundStillOpen_IsRefusedAsStateConflict()
    {
        var round = ScoringRound();
        var entry = Entry(round);

        Assert.Throws<WorkflowException>(() => entry.Score(round, "m1", Points(80)));
        Assert.Null(entry.MeanScore);
    }

    [Fact]
    public void Score_AfterDecision_IsRefusedAsStateConflict()
    {
        var round = ScoringRound();
        var entry = Entry(round);
        round.StartScoring();
        entry.Score(round, "m1", Points(80));
        round.RecordQuorumException("Hai thành viên vắng mặt", "organiser", Today, [entry]);
        round.Decide("12/QĐ-SCT", Today, [entry]);

        Assert.Throws<WorkflowException>(() => entry.Score(round, "m1", Points(90)));
        Assert.Equal(80, entry.MeanScore);
    }

    [Fact]
    public void Score_EntryTheMemberRegistered_IsRefused()
    {
        var round = ScoringRound();
        var entry = Entry(round, registeredBy: "m1");
        round.StartScoring();

        // An actor refusal (403), not a state conflict (409).
        var ex = Assert.Throws<SelfApprovalException>(() => entry.Score(round, "m1", Points(80)));
        Assert.Contains("chính mình đăng ký", ex.Message);
        Assert.Empty(entry.Sheets);
    }

    [Fact]
    public void Score_NotAMember_IsRefused()
    {
        var round = ScoringRound();
        var entry = Entry(round);
        round.StartScoring();

        // Who is acting, not the round's state: 403 like self-scoring.
        Assert.Throws<SelfApprovalException>(() => entry.Score(round, "stranger", Points(80)));
    }

    [Fact]
    public void StartScoring_WithoutCouncil_IsRefused()
    {
        var round = Round();

        Assert.Throws<WorkflowException>(round.StartScoring);
        Assert.Equal(RoundStatus.Open, round.Status);
    }

    [Fact]
    public void Register_RoundInScoring_IsRefused()
    {
        var round = ScoringRound();
        round.StartScoring();

        Assert.Throws<WorkflowException>(() => Entry(round));
    }
}
