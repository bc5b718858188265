using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// One line of the cost estimate (form Mẫu 1): the expense item, its total and who pays it. The total
/// must equal fund support + beneficiary contribution + other sources.
/// </summary>
public sealed class CostLine
{
    private CostLine() { }

    public CostLine(int order, string item, Vnd total, Vnd fundSupport, Vnd contribution, Vnd otherSources,
        string? note)
    {
        Order = order;
        Item = Guard.Required(item, "nội dung chi");
        if (total.IsNegative || fundSupport.IsNegative || contribution.IsNegative || otherSources.IsNegative)
            throw new DomainException("Dòng {0} ({1}): số tiền không được âm.", order, Item);
        var sum = fundSupport + contribution + otherSources;
        if (sum != total)
            throw new DomainException(
                "Dòng {0} ({1}): tổng {2} triệu đồng khác tổng các nguồn {3} triệu đồng " +
                "(hỗ trợ {4} + đóng góp {5} + nguồn khác {6}), lệch {7} triệu đồng.",
                order, Item, total, sum, fundSupport, contribution, otherSources, total - sum);
        TotalDong = total.Dong;
        FundSupportDong = fundSupport.Dong;
        ContributionDong = contribution.Dong;
        OtherSourcesDong = otherSources.Dong;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int Order { get; private set; }
    public string Item { get; private set; } = "";
    public long TotalDong { get; private set; }
    public long FundSupportDong { get; private set; }
    public long ContributionDong { get; private set; }
    public long OtherSourcesDong { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The fund's support settled for this line (quyết toán), set once at settlement; null before.</summary>
    public long? SettledSupportDong { get; private set; }

    public Vnd Total => new(TotalDong);
    public Vnd FundSupport => new(FundSupportDong);
    public Vnd Contribution => new(ContributionDong);
    public Vnd OtherSources => new(OtherSourcesDong);
    public Vnd? SettledSupport => SettledSupportDong is { } v ? new Vnd(v) : null;

    internal void RecordSettled(Vnd actual) => SettledSupportDong = actual.Dong;
}
