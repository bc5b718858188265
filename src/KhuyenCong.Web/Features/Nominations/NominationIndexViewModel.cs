using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.Nominations;

public sealed class NominationIndexViewModel
{
    public required string Nominator { get; init; }
    public required IReadOnlyList<NominationRoundRow> Rounds { get; init; }
}

/// <summary>A round the user's unit may nominate to, with its package when one exists.</summary>
public sealed record NominationRoundRow(int RoundId, string Title, DateOnly Deadline, int? Quota, int? PackageId,
    NominationStatus? Status);
