using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Certificates;

public sealed record CertificateRow(string Number, string Product, string Producer, string Group, string Province,
    RoundLevel Level, int Year, DateOnly IssueDate, DateOnly ValidUntil, DateOnly RoundOpens);

public sealed class RegistryViewModel
{
    public RoundLevel? Level { get; init; }
    public int? Year { get; init; }
    public int? GroupId { get; init; }
    public int? ProvinceId { get; init; }
    public required PagedList<CertificateRow> List { get; init; }
    public required IReadOnlyList<(int Id, string Name)> Groups { get; init; }
    public required IReadOnlyList<(int Id, string Name)> Provinces { get; init; }
    public required DateOnly Today { get; init; }
}

public sealed class CertificateCheckViewModel
{
    public string? Number { get; init; }
    public CertificateRow? Certificate { get; init; }

    /// <summary>The round's organiser as named on the day of the decision.</summary>
    public string? Issuer { get; init; }
    public bool Searched { get; init; }
    public DateOnly Today { get; init; }
    public string? QrCodeSvg { get; init; }
    public string? PublicUrl { get; init; }
}
