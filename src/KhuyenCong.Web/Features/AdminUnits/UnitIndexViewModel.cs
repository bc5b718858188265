using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.AdminUnits;

public sealed class UnitIndexViewModel
{
    public string? Q { get; init; }
    public UnitGeneration? Generation { get; init; }
    public UnitLevel? Level { get; init; }
    public required PagedList<UnitRow> List { get; init; }
}
