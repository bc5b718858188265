using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>Nhóm sản phẩm công nghiệp nông thôn tiêu biểu (DOMAIN §6).</summary>
public class ProductGroup(string code, string name, string nameEn, int sortOrder)
    : ReferenceItem(code, name, nameEn, sortOrder);
