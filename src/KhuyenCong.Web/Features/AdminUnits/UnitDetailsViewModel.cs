using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Web.Features.AdminUnits;

public sealed record UnitDetailsViewModel(
    AdministrativeUnit Unit, IReadOnlyList<LinkedUnit> Children, IReadOnlyList<LinkedUnit> Successors,
        IReadOnlyList<LinkedUnit> Predecessors);
