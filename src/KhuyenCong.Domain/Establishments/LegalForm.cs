using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Establishments;

/// <summary>Loại hình cơ sở công nghiệp nông thôn (DOMAIN §8).</summary>
public class LegalForm(string code, string name, string nameEn, int sortOrder)
    : ReferenceItem(code, name, nameEn, sortOrder);
