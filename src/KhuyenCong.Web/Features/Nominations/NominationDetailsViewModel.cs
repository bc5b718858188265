using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.Nominations;

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

    /// <summary>A refused step on the package, with what was typed.</summary>
    public ProductRounds.RoundRefusal? Refusal { get; set; }
}

/// <summary>A product in a package: the certificate and the certified entry below.</summary>
public sealed record NominationItemRow(int Id, string CertificateNumber, DateOnly ValidUntil, string Product,
    string Establishment, int? EntryId);

/// <summary>A certificate the nominator may still add.</summary>
public sealed record CertificateOption(int Id, string Text);
