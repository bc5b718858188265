namespace KhuyenCong.Domain.Products;

/// <summary>The three regions of the regional rounds.</summary>
public enum Region
{
    North = 1,
    CentralHighlands = 2,
    South = 3,
}
