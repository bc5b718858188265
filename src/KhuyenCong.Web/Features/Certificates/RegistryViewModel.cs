using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Certificates;

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
