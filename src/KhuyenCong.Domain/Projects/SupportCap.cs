using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// A support cap (DOMAIN §5): for a fund and activity content, optionally one province and one condition, between
/// two dates, support ≤ min(percentage × eligible cost, amount × the project's units), the units being what the
/// rule counts per (<see cref="CapMultiplier"/>). Every rule names its legal basis (DOMAIN §10): the instrument
/// and the article. The national defaults are seeded; provinces add their own for the local fund.
/// <see cref="SupportCapSelection"/> picks the rule that governs a project on a day.
/// </summary>
public class SupportCap : AuditableEntity
{
    public const int InstrumentLength = 200;
    public const int ArticleLength = 500;

    private SupportCap() { }

    public SupportCap(string name, Fund fund, int activityContentId, int? provinceUnitId, int maxPercent, Vnd capAmount,
        CapMultiplier multiplier, CapCondition condition, string legalInstrument, string legalArticle,
        DateOnly validFrom, DateOnly? validTo)
    {
        if (maxPercent is < 1 or > 100) throw new DomainException("Tỷ lệ hỗ trợ tối đa phải từ 1 đến 100%.");
        if (capAmount.Dong <= 0) throw new DomainException("Mức hỗ trợ tối đa phải lớn hơn 0.");
        if (validTo is { } to && to < validFrom) throw new DomainException("Ngày hết hiệu lực phải sau ngày bắt đầu.");
        if (!Enum.IsDefined(multiplier) || !Enum.IsDefined(condition))
            throw new DomainException("Cách tính mức hỗ trợ không hợp lệ.");
        Name = Guard.Required(name, "tên quy định");
        Fund = fund;
        ActivityContentId = activityContentId;
        ProvinceUnitId = provinceUnitId;
        MaxPercent = maxPercent;
        CapAmountDong = capAmount.Dong;
        Multiplier = multiplier;
        Condition = condition;
        ChangeLegalBasis(legalInstrument, legalArticle);
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public string Name { get; private set; } = "";
    public Fund Fund { get; private set; }
    public int ActivityContentId { get; private set; }
    public ActivityContent? ActivityContent { get; private set; }
    public int? ProvinceUnitId { get; private set; }
    public int MaxPercent { get; private set; }

    /// <summary>The amount per unit of <see cref="Multiplier"/> (per establishment, per model, per project).</summary>
    public long CapAmountDong { get; private set; }

    public CapMultiplier Multiplier { get; private set; }
    public CapCondition Condition { get; private set; }

    /// <summary>The instrument the rule comes from: "Nghị định 235/2025/NĐ-CP", "Thông tư 28/2018/TT-BTC".</summary>
    public string LegalInstrument { get; private set; } = "";

    /// <summary>The article and clause, or their wording, that set the figure.</summary>
    public string LegalArticle { get; private set; } = "";

    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public Vnd CapAmount => new(CapAmountDong);
    public string LegalBasis => $"{LegalInstrument}, {LegalArticle}";

    /// <summary>
    /// Records or corrects where the rule comes from. The figures and dates are never edited (past decisions were
    /// checked against them), but a citation may be completed.
    /// </summary>
    public void ChangeLegalBasis(string instrument, string article)
    {
        if (string.IsNullOrWhiteSpace(instrument))
            throw new DomainException(
                "Quy định mức hỗ trợ phải ghi căn cứ pháp lý: văn bản (ví dụ \"Nghị định 235/2025/NĐ-CP\").");
        if (string.IsNullOrWhiteSpace(article))
            throw new DomainException("Quy định mức hỗ trợ phải ghi căn cứ pháp lý: điều, khoản của văn bản.");
        if (instrument.Trim().Length > InstrumentLength || article.Trim().Length > ArticleLength)
            throw new DomainException("Căn cứ pháp lý quá dài: văn bản tối đa {0} ký tự, điều khoản tối đa {1} ký tự.",
                InstrumentLength, ArticleLength);
        LegalInstrument = instrument.Trim();
        LegalArticle = article.Trim();
    }

    /// <summary>Ends the rule on a day (a rule is never deleted: past decisions were checked against it).</summary>
    public void End(DateOnly lastDay)
    {
        if (ValidTo is not null) throw new DomainException("Quy định này đã hết hiệu lực.");
        if (lastDay < ValidFrom)
            throw new DomainException("Ngày hết hiệu lực phải từ {0} trở về sau.", MessageArguments.Date(ValidFrom));
        ValidTo = lastDay;
    }

    public bool AppliesOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>The largest support this rule allows for an eligible cost and a project's counts.</summary>
    public Vnd Limit(Vnd eligibleCost, CapFacts facts)
    {
        var byPercent = new Vnd(eligibleCost.Dong * MaxPercent / 100);
        var byCap = new Vnd(CapAmountDong * facts.Units(Multiplier));
        return byPercent < byCap ? byPercent : byCap;
    }

    /// <summary>Refuses support above the limit, naming the rule, its legal basis and the excess.</summary>
    public void Check(Vnd support, Vnd eligibleCost, CapFacts facts)
    {
        var limit = Limit(eligibleCost, facts);
        if (support > limit)
            throw new DomainException(
                "Vượt mức hỗ trợ theo quy định \"{0}\" (căn cứ: {1}): tối đa {2}% chi phí ({3} triệu đồng) và " +
                "{4} triệu đồng {5} × {6}, tức {7} triệu đồng; đề nghị {8} triệu đồng, vượt {9} triệu đồng.",
                Name, LegalBasis, MaxPercent, eligibleCost, CapAmount, UnitTerm(Multiplier),
                facts.Units(Multiplier), limit, support, support - limit);
    }

    /// <summary>"mỗi cơ sở", "mỗi mô hình", "mỗi đề án": our wording, translated with the message.</summary>
    public static MessageTerm UnitTerm(CapMultiplier multiplier) => new(multiplier switch
    {
        CapMultiplier.PerDemonstrationModel => "mỗi mô hình",
        CapMultiplier.PerProject => "mỗi đề án",
        _ => "mỗi cơ sở",
    });
}
