using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.Nominations;

/// <summary>A round the user's unit may nominate to, with its package when one exists.</summary>
public sealed record NominationRoundRow(int RoundId, string Title, DateOnly Deadline, int? Quota, int? PackageId,
    NominationStatus? Status);

public sealed class NominationIndexViewModel
{
    public required string Nominator { get; init; }
    public required IReadOnlyList<NominationRoundRow> Rounds { get; init; }
}

/// <summary>A product in a package: the certificate and the certified entry below.</summary>
public sealed record NominationItemRow(int Id, string CertificateNumber, DateOnly ValidUntil, string Product,
    string Establishment, int? EntryId);

/// <summary>A certificate the nominator may still add.</summary>
public sealed record CertificateOption(int Id, string Text);

public sealed class NominationDetailsViewModel
{
    public required ProductNomination Package { get; init; }
    public required ProductRound Round { get; init; }
    public required string RoundTitle { get; init; }
    public required string Unit { get; init; }
    public required IReadOnlyList<NominationItemRow> Items { get; init; }
    public IReadOnlyList<CertificateOption> Candidates { get; init; } = [];
    public bool IsNominator { get; init; }
    public bool IsOrganiser { get; init; }
}

/// <summary>One expected nominator of a round and its package, if any.</summary>
public sealed record NominatorRow(int UnitId, string Unit, int? PackageId, NominationStatus? Status, int Items,
    DateOnly? SubmittedOn, string? LetterNumber);

public sealed class RoundNominationsViewModel
{
    public required ProductRound Round { get; init; }
    public required string RoundTitle { get; init; }

    /// <summary>Units that sent a package (any state), by name.</summary>
    public required IReadOnlyList<NominatorRow> Packages { get; init; }

    /// <summary>Units expected to nominate that have sent nothing yet.</summary>
    public required IReadOnlyList<string> NotNominated { get; init; }
    public bool IsOrganiser { get; init; }
}
