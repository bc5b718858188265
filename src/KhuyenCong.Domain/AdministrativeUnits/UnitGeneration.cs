namespace KhuyenCong.Domain.AdministrativeUnits;

/// <summary>
/// The two structures that both stay in the database (DOMAIN §2): the legacy one
/// (63 provinces, districts, communes; until 30/06/2025) and the current one (34 provinces, communes).
/// </summary>
public enum UnitGeneration
{
    Legacy = 1,
    Current = 2,
}
