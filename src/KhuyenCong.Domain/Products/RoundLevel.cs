namespace KhuyenCong.Domain.Products;

/// <summary>Cấp bình chọn (DOMAIN §6). The numeric order matters: a level needs a certificate of the level just below.</summary>
public enum RoundLevel
{
    /// <summary>Cấp huyện/xã, where a province uses it.</summary>
    Local = 1,
    Provincial = 2,
    Regional = 3,
    National = 4,
}
