namespace KhuyenCong.Domain.Products;

/// <summary>
/// Cấp bình chọn (DOMAIN §6). The numeric order matters: a level needs a certificate of the level just below.
/// </summary>
public enum RoundLevel
{
    /// <summary>
    /// The level below the province: "cấp huyện/xã" before 01/07/2025 (a district or commune round, where a province
    /// used it), "cấp xã" (xã, phường, đặc khu) from 01/07/2025 under Circular 38/2025/TT-BCT. One value for both, so
    /// old rounds keep their place in the order; the label and the organiser rules go by the round's date.
    /// </summary>
    Local = 1,
    Provincial = 2,
    Regional = 3,
    National = 4,
}
