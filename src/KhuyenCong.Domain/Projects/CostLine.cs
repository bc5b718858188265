using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// One line of the cost estimate (form Mẫu 1): the expense item, its total and who pays it. The total
/// must equal fund support + beneficiary contribution + other sources.
/// </summary>
public sealed class CostLine
{
    private CostLine() { }

    public CostLine(int order, string item, Vnd total, Vnd fundSupport, Vnd contribution, Vnd otherSources, string? note)
    {
        Order = order;
        Item = Guard.Required(item, "nội dung chi");
        if (total.IsNegative || fundSupport.IsNegative || contribution.IsNegative || otherSources.IsNegative)
            throw new DomainException($"Dòng {order} ({Item}): số tiền không được âm.");
        var sum = fundSupport + contribution + otherSources;
        if (sum != total)
            throw new DomainException(
                $"Dòng {order} ({Item}): tổng {total} triệu đồng khác tổng các nguồn {sum} triệu đồng " +
                $"(hỗ trợ {fundSupport} + đóng góp {contribution} + nguồn khác {otherSources}), lệch {total - sum} triệu đồng.");
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

    public Vnd Total => new(TotalDong);
    public Vnd FundSupport => new(FundSupportDong);
    public Vnd Contribution => new(ContributionDong);
    public Vnd OtherSources => new(OtherSourcesDong);
}
