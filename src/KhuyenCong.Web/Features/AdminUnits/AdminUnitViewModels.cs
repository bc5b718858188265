using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.AdminUnits;

public sealed record UnitRow(int Id, string Code, string Name, string Type, UnitLevel Level, UnitGeneration Generation,
    string? ParentName, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed class UnitIndexViewModel
{
    public string? Q { get; init; }
    public UnitGeneration? Generation { get; init; }
    public UnitLevel? Level { get; init; }
    public required PagedList<UnitRow> List { get; init; }
}

public sealed record LinkedUnit(int Id, string Code, string Name, string? Note);

public sealed record UnitDetailsViewModel(
    AdministrativeUnit Unit, IReadOnlyList<LinkedUnit> Children, IReadOnlyList<LinkedUnit> Successors, IReadOnlyList<LinkedUnit> Predecessors);

public static class UnitNames
{
    public static string Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Tỉnh/thành phố",
        UnitLevel.District => "Huyện/quận",
        _ => "Xã/phường",
    };

    public static string Generation(UnitGeneration generation) =>
        generation == UnitGeneration.Legacy ? "Trước 01/07/2025" : "Hiện hành (từ 01/07/2025)";
}
