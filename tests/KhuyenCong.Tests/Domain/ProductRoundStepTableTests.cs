using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Http;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// DOMAIN §6's round and entry lifecycle written out here as the test's own table (not read from the domain's
/// refusal methods): every step from every round state; the allowed ones go through, the others answer 409 (as the
/// web's one refusal path maps the exception) and change nothing.
/// </summary>
public sealed class ProductRoundStepTableTests
{
    public enum Step
    {
        RegisterEntry,
        EditEntry,
        SetNominationQuota,
        AssignMember,
        DecideEligibility,
        DeclareConflict,
        Score,
        StartScoring,
        Decide,
        IssueCertificate,
        Close,
    }

    /// <summary>
    /// DOMAIN §6: a round receives entries inside its submission window (registering, correcting an entry, the
    /// provinces' nomination quota); the council is assigned and the organiser decides eligibility and members
    /// declare conflicts before the decision; sheets are filled while the round scores; one decision recognises
    /// the entries, then certificates are issued and the round is closed.
    /// </summary>
    private static readonly Dictionary<Step, RoundStatus[]> Allowed = new()
    {
        [Step.RegisterEntry] = [RoundStatus.Open],
        [Step.EditEntry] = [RoundStatus.Open],
        [Step.SetNominationQuota] = [RoundStatus.Open],
        [Step.AssignMember] = [RoundStatus.Open, RoundStatus.Scoring],
        [Step.DecideEligibility] = [RoundStatus.Open, RoundStatus.Scoring],
        [Step.DeclareConflict] = [RoundStatus.Open, RoundStatus.Scoring],
        [Step.Score] = [RoundStatus.Scoring],
        [Step.StartScoring] = [RoundStatus.Open],
        [Step.Decide] = [RoundStatus.Scoring],
        [Step.IssueCertificate] = [RoundStatus.Decided],
        [Step.Close] = [RoundStatus.Decided],
    };

    /// <summary>A provincial round in <paramref name="status"/> with the three members and one entry that every
    /// member scored 85 once scoring started (so the decision and the certificate have what they need).</summary>
    private static (ProductRound Round, ProductEntry Entry) In(RoundStatus status)
    {
        var round = ScoringRound();
        var entry = Entry(round);
        if (status == RoundStatus.Open) return (round, entry);
        round.StartScoring();
        foreach (var m in Members) entry.Score(round, m, Points(85));
        if (status == RoundStatus.Scoring) return (round, entry);
        round.Decide("1/QĐ-UBND", Today, [entry]);
        if (status == RoundStatus.Decided) return (round, entry);
        entry.IssueCertificate(round, "PT-2026-001", Today);
        round.Close();
        return (round, entry);
    }

    private static readonly Dictionary<Step, Action<ProductRound, ProductEntry>> Steps = new()
    {
        [Step.RegisterEntry] = (r, _) => Entry(r, "Chè Shan tuyết"),
        [Step.EditEntry] = (r, e) => e.Update(r, "Cam Cao Phong loại 1", 1, null),
        [Step.SetNominationQuota] = (r, _) => r.SetNominationQuota(5),
        [Step.AssignMember] = (r, _) => r.AssignMember("m4", "Thành viên bốn"),
        [Step.DecideEligibility] = (_, e) => e.MarkIneligible("Thiếu hồ sơ"),
        [Step.DeclareConflict] = (r, e) => e.Recuse(r, Members[0], "Người thân"),
        [Step.Score] = (r, e) => e.Score(r, Members[0], Points(90)),
        [Step.StartScoring] = (r, _) => r.StartScoring(),
        [Step.Decide] = (r, e) => r.Decide("2/QĐ-UBND", Today, [e]),
        [Step.IssueCertificate] = (r, e) => e.IssueCertificate(r, "PT-2026-002", Today),
        [Step.Close] = (r, _) => r.Close(),
    };

    public static TheoryData<RoundStatus, Step> AllPairs()
    {
        var data = new TheoryData<RoundStatus, Step>();
        foreach (var status in Enum.GetValues<RoundStatus>())
            foreach (var step in Enum.GetValues<Step>())
                data.Add(status, step);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Step_FromEveryRoundState_AllowedAsDomainSection6Says_Otherwise409AndNothingChanged(
        RoundStatus status, Step step)
    {
        var (round, entry) = In(status);
        var before = Snapshot(round, entry);

        var refusal = Record.Exception(() => Steps[step](round, entry));

        if (Allowed[step].Contains(status))
        {
            Assert.True(refusal is null, $"{step} from {status} must be allowed, was refused: {refusal?.Message}");
            return;
        }
        var domain = Assert.IsAssignableFrom<DomainException>(refusal);
        var answer = RefusalResults.StatusOf(domain)?.ToString() ?? "the form again";
        Assert.True(answer == "409", $"{step} from {status}: expected 409, the web answers {answer} ({domain.Message})");
        Assert.Equal(before, Snapshot(round, entry));
    }

    [Fact]
    public void Table_NamesEveryStep()
    {
        Assert.Equal(Enum.GetValues<Step>().Length, Allowed.Count);
        Assert.Equal(Enum.GetValues<Step>().Length, Steps.Count);
    }

    public enum Who
    {
        /// <summary>A council member of the round, no conflict, not the entry's registrant.</summary>
        Member,
        /// <summary>Not assigned to this round's council.</summary>
        NotMember,
        /// <summary>A member who registered the entry themselves.</summary>
        Registrant,
        /// <summary>A member who declared a conflict of interest with the entry.</summary>
        Recused,
    }

    /// <summary>
    /// DOMAIN §3 and §6 on who scores: the council members assigned to the round score the entries (a role
    /// missing for this round is 403); nobody approves or scores an item they created (403, as self-approval); a
    /// member recused by their own declared conflict is refused for who they are on this entry (403). Only the
    /// member with none of these scores; declaring a conflict is a member's act (403 for anyone else).
    /// </summary>
    private static readonly Dictionary<(Who, string Step), int?> Rights = new()
    {
        [(Who.Member, "score")] = null,
        [(Who.NotMember, "score")] = StatusCodes.Status403Forbidden,
        [(Who.Registrant, "score")] = StatusCodes.Status403Forbidden,
        [(Who.Recused, "score")] = StatusCodes.Status403Forbidden,
        [(Who.Member, "recuse")] = null,
        [(Who.NotMember, "recuse")] = StatusCodes.Status403Forbidden,
    };

    public static TheoryData<Who, string> RightsCells()
    {
        var data = new TheoryData<Who, string>();
        foreach (var (who, step) in Rights.Keys) data.Add(who, step);
        return data;
    }

    [Theory]
    [MemberData(nameof(RightsCells))]
    public void Scoring_WhoMayAct_AsDomainSections3And6Say(Who actor, string step)
    {
        var round = ScoringRound();
        var entry = Entry(round, registeredBy: actor == Who.Registrant ? Members[1] : "officer");
        round.StartScoring();
        var user = actor switch
        {
            Who.NotMember => "outsider",
            Who.Registrant => Members[1],
            Who.Recused => Members[2],
            _ => Members[0],
        };
        if (actor == Who.Recused) entry.Recuse(round, user, "Người thân");
        var sheets = entry.Sheets.Count;

        var refusal = Record.Exception(() =>
        {
            if (step == "score") entry.Score(round, user, Points(80));
            else entry.Recuse(round, user, "Xung đột");
        });

        var expected = Rights[(actor, step)];
        if (expected is null)
        {
            Assert.Null(refusal);
            return;
        }
        var domain = Assert.IsAssignableFrom<DomainException>(refusal);
        Assert.Equal(expected, RefusalResults.StatusOf(domain) ?? 0);
        Assert.Equal(sheets, entry.Sheets.Count);
    }

    private static string Snapshot(ProductRound round, ProductEntry entry) =>
        string.Join("|", round.Status, round.Members.Count, round.NominationQuota, round.DecisionNumber,
            entry.Name, entry.Eligibility, entry.Sheets.Count, entry.MeanScore, entry.Recusals.Count,
            entry.Certificate?.Number);
}
