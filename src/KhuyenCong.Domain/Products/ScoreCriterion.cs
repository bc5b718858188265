using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>A criterion of the default score sheet (DOMAIN §6), with its maximum points.</summary>
public class ScoreCriterion : ReferenceItem
{
    public ScoreCriterion(string code, string name, string nameEn, int sortOrder, int maxScore)
        : base(code, name, nameEn, sortOrder)
    {
        if (maxScore <= 0) throw new DomainException("Điểm tối đa của tiêu chí phải lớn hơn 0.");
        MaxScore = maxScore;
    }

    public int MaxScore { get; private set; }
}
