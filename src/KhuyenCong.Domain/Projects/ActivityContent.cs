using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>Nội dung hoạt động khuyến công (DOMAIN §8).</summary>
public class ActivityContent(string code, string name, string nameEn, int sortOrder)
    : ReferenceItem(code, name, nameEn, sortOrder);
