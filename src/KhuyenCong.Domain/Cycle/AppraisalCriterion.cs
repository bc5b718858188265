using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>A criterion of a project appraisal council's score sheet, with its maximum points.</summary>
public sealed class AppraisalCriterion
{
    private AppraisalCriterion() { }

    public AppraisalCriterion(string name, int maxScore, int sortOrder)
    {
        Name = Guard.Required(name, "tên tiêu chí");
        if (maxScore is < 1 or > 100)
            throw new DomainException("Điểm tối đa của tiêu chí \"{0}\" phải từ 1 đến 100.", Name);
        MaxScore = maxScore;
        SortOrder = sortOrder;
    }

    public string Name { get; private set; } = "";
    public int MaxScore { get; private set; }
    public int SortOrder { get; private set; }
}
