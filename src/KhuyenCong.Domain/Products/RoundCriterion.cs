namespace KhuyenCong.Domain.Products;

/// <summary>
/// A criterion of a round's score sheet, copied from the reference list when the round opens, so later edits of the
/// list do not change a round.
/// </summary>
public sealed class RoundCriterion
{
    private RoundCriterion() { }

    public RoundCriterion(string code, string name, int maxScore, int sortOrder)
    {
        Code = code;
        Name = name;
        MaxScore = maxScore;
        SortOrder = sortOrder;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int MaxScore { get; private set; }
    public int SortOrder { get; private set; }
}
