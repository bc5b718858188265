using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed class RoundDetailsViewModel
{
    /// <summary>A refused organiser's step, with what was typed.</summary>
    public RoundRefusal? Refusal { get; set; }

    public required ProductRound Round { get; init; }
    public required string Organiser { get; init; }

    /// <summary>The provinces a regional round covers, by name.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];
    public required PagedList<EntryRow> Entries { get; init; }
    public required IReadOnlyList<MemberProgress> Members { get; init; }
    public IReadOnlyList<(string Id, string Name)> AvailableMembers { get; init; } = [];
    /// <summary>The user runs the round (ProductAccess): sees means and every sheet, drafts its documents.</summary>
    public bool CanManage { get; init; }
    public bool IsMember { get; init; }

    /// <summary>The steps the page offers now: the access table and the round's state (ProductAccess.Offers).</summary>
    public bool CanRegister { get; init; }
    public bool CanSetQuota { get; init; }
    public bool CanIssueCertificates { get; init; }
    public bool CanClose { get; init; }
    public string? Q { get; init; }

    /// <summary>While scoring, for the organiser: the sheets still missing (null otherwise).</summary>
    public ScoringGap? Gap { get; init; }

    /// <summary>While scoring, for the organiser: the entries tied on the quota's last place.</summary>
    public TieView? Tie { get; init; }

    /// <summary>Who recorded the quorum exception, by name.</summary>
    public string? QuorumExceptionBy { get; init; }
}

/// <summary>One line of a round's entry list: "scored by k/n" counts the members not recused from it.</summary>
public sealed record EntryRow(
    int Id, string Name, string Group, string Establishment, string Province, EligibilityStatus Eligibility,
    double? MeanScore, int Scored, int Recused, bool Recognised, string? CertificateNumber, bool ScoredByMe,
    bool RecusedMe);

public sealed record MemberProgress(string UserId, string FullName, int Scored, int Recused, int Remaining);

/// <summary>Entries tied on the quota's last place, for the organiser to choose <see cref="Places"/> of them.</summary>
public sealed record TieView(int Places, double Score, IReadOnlyList<(int Id, string Name)> Entries);

/// <summary>A refused step on a round: the status it answered, the reason (in the user's language) and the values
/// typed, as "label: value".</summary>
public sealed record RoundRefusal(int Status, string Reason, IReadOnlyList<string> Typed);
