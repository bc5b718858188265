using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

/// <summary>Nguồn kinh phí: KCQG, KCĐP, vốn đối ứng, nguồn khác (DOMAIN §4).</summary>
public class FundingSource(string code, string name, string nameEn, int sortOrder)
    : ReferenceItem(code, name, nameEn, sortOrder);
