using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Web.Features.AdminUnits;

public sealed record UnitRow(int Id, string Code, string Name, string Type, UnitLevel Level, UnitGeneration Generation,
    string? ParentName, DateOnly? ValidFrom, DateOnly? ValidTo);
