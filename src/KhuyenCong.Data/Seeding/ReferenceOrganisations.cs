namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The organisations every installation has (not demo data): the ministry and its khuyến công department, and a
/// Sở Công Thương and an extension centre per province of both generations (names in
/// Seeding/AdminUnits/provincial-organisations.csv, where an operator corrects them).
/// </summary>
public static class ReferenceOrganisations
{
    public const string Ministry = "Bộ Công Thương";

    /// <summary>The ministry unit's name since its renaming (Decree 40/2025/NĐ-CP, in force 01/03/2025).</summary>
    public const string MinistryUnit = "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công";

    /// <summary>The ministry unit's name until 28/02/2025.</summary>
    public const string MinistryUnitFormerName = "Cục Công Thương địa phương";

    public static readonly DateOnly MinistryUnitRenamedOn = new(2025, 3, 1);

    /// <summary>The reform's instrument, written on the successor links of 01/07/2025.</summary>
    public const string ReformNote = "Sắp xếp đơn vị hành chính từ 01/07/2025 (Nghị quyết 202/2025/QH15)";

    /// <summary>The first day recorded for a legacy province's department and centre (Decree 13/2008/NĐ-CP).</summary>
    public static readonly DateOnly LegacyValidFrom = new(2008, 1, 1);
}
