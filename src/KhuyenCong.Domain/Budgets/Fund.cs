namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// The two khuyến công funds that have plans and allocations (DOMAIN §4). Counterpart and other sources
/// appear only on project cost lines.
/// </summary>
public enum Fund
{
    /// <summary>Kinh phí khuyến công quốc gia: central budget, planned and allocated by the ministry.</summary>
    Kcqg = 1,

    /// <summary>Kinh phí khuyến công địa phương: provincial budget, planned and allocated by a province.</summary>
    Kcdp = 2,
}
