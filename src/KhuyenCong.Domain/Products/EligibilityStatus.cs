namespace KhuyenCong.Domain.Products;

public enum EligibilityStatus
{
    Pending = 0,
    Eligible = 1,
    Ineligible = 2,
}
