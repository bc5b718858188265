using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// A support cap (DOMAIN §5): for a fund and activity content, optionally one province, between two
/// dates, support ≤ min(percentage × eligible cost, cap per establishment × beneficiaries). The national
/// defaults are seeded; provinces add their own for the local fund. The most specific rule wins.
/// </summary>
public class SupportCap : AuditableEntity
{
    private SupportCap() { }

    public SupportCap(string name, Fund fund, int activityContentId, int? provinceUnitId, int maxPercent, Vnd capPerEstablishment,
        DateOnly validFrom, DateOnly? validTo)
    {
        if (maxPercent is < 1 or > 100) throw new DomainException("Tỷ lệ hỗ trợ tối đa phải từ 1 đến 100%.");
        if (capPerEstablishment.Dong <= 0) throw new DomainException("Mức hỗ trợ tối đa phải lớn hơn 0.");
        if (validTo is { } to && to < validFrom) throw new DomainException("Ngày hết hiệu lực phải sau ngày bắt đầu.");
        Name = Guard.Required(name, "tên quy định");
        Fund = fund;
        ActivityContentId = activityContentId;
        ProvinceUnitId = provinceUnitId;
        MaxPercent = maxPercent;
        CapPerEstablishmentDong = capPerEstablishment.Dong;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public string Name { get; private set; } = "";
    public Fund Fund { get; private set; }
    public int ActivityContentId { get; private set; }
    public ActivityContent? ActivityContent { get; private set; }
    public int? ProvinceUnitId { get; private set; }
    public int MaxPercent { get; private set; }
    public long CapPerEstablishmentDong { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public Vnd CapPerEstablishment => new(CapPerEstablishmentDong);

    /// <summary>Ends the rule on a day (a rule is never deleted: past decisions were checked against it).</summary>
    public void End(DateOnly lastDay)
    {
        if (ValidTo is not null) throw new DomainException("Quy định này đã hết hiệu lực.");
        if (lastDay < ValidFrom)
            throw new DomainException("Ngày hết hiệu lực phải từ {0} trở về sau.", MessageArguments.Date(ValidFrom));
        ValidTo = lastDay;
    }

    public bool AppliesOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>The largest support this rule allows for an eligible cost and a number of beneficiaries.</summary>
    public Vnd Limit(Vnd eligibleCost, int beneficiaries)
    {
        var byPercent = new Vnd(eligibleCost.Dong * MaxPercent / 100);
        var byCap = new Vnd(CapPerEstablishmentDong * Math.Max(1, beneficiaries));
        return byPercent < byCap ? byPercent : byCap;
    }

    /// <summary>Refuses support above the limit, naming the rule and the excess.</summary>
    public void Check(Vnd support, Vnd eligibleCost, int beneficiaries)
    {
        var limit = Limit(eligibleCost, beneficiaries);
        if (support > limit)
            throw new DomainException(
                "Vượt mức hỗ trợ theo quy định \"{0}\": tối đa {1}% chi phí ({2} triệu đồng) và " +
                "{3} triệu đồng/cơ sở × {4} cơ sở, tức {5} triệu đồng; " +
                "đề nghị {6} triệu đồng, vượt {7} triệu đồng.",
                Name, MaxPercent, eligibleCost, CapPerEstablishment, Math.Max(1, beneficiaries),
                limit, support, support - limit);
    }
}
