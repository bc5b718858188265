namespace KhuyenCong.Domain.AdministrativeUnits;

public enum UnitLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
}
