using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.Nominations;

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

/// <summary>One expected nominator of a round and its package, if any.</summary>
public sealed record NominatorRow(int UnitId, string Unit, int? PackageId, NominationStatus? Status, int Items,
    DateOnly? SubmittedOn, string? LetterNumber);
