using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// The arithmetic and choice of support caps (DOMAIN §5, §10): what a cap is counted per, the complete-line and
/// new-enterprise rules, the legal basis every rule names, and the rule in force on the approval decision's date.
/// </summary>
public sealed class SupportCapRulesTests
{
    private static readonly DateOnly OldFrom = new(2020, 11, 24);
    private static readonly DateOnly OldTo = new(2025, 10, 14);
    private static readonly DateOnly NewFrom = new(2025, 10, 15);
    private static Vnd M(decimal v) => Vnd.FromMillions(v);

    private static SupportCap Cap(int percent, decimal millions, CapMultiplier multiplier,
        CapCondition condition = CapCondition.None, DateOnly? from = null, DateOnly? to = null,
        string instrument = "Nghị định 235/2025/NĐ-CP", string name = "Quy định thử") =>
        new(name, Fund.Kcqg, 4, null, percent, M(millions), multiplier, condition, instrument, "Mức hỗ trợ",
            from ?? OldFrom, to);

    [Fact]
    public void DemonstrationModel_IsCountedPerModel_NotPerBeneficiary()
    {
        var cap = Cap(30, 1_000, CapMultiplier.PerDemonstrationModel);
        // Two beneficiaries sharing one model: 1,000, not 2,000 (30% of 10,000 = 3,000 does not bind).
        Assert.Equal(M(1_000), cap.Limit(M(10_000), new CapFacts(Beneficiaries: 2, DemonstrationModels: 1)));
        Assert.Equal(M(2_000), cap.Limit(M(10_000), new CapFacts(Beneficiaries: 1, DemonstrationModels: 2)));
        // A project that has not counted its models yet is held to one.
        Assert.Equal(M(1_000), cap.Limit(M(10_000), new CapFacts(Beneficiaries: 3, DemonstrationModels: 0)));
    }

    [Fact]
    public void DemonstrationModel_TwoBeneficiariesOneModel_2000Refused()
    {
        var cap = Cap(30, 1_000, CapMultiplier.PerDemonstrationModel, name: "Mô hình trình diễn kỹ thuật (KCQG)");
        var ex = Assert.Throws<DomainException>(() =>
            cap.Check(M(2_000), M(10_000), new CapFacts(Beneficiaries: 2, DemonstrationModels: 1)));
        Assert.Contains("Mô hình trình diễn kỹ thuật (KCQG)", ex.Message);
        Assert.Contains("Nghị định 235/2025/NĐ-CP", ex.Message);
        Assert.Contains("mỗi mô hình × 1", ex.Message);
        Assert.Contains("vượt 1.000 triệu đồng", ex.Message);
    }

    [Fact]
    public void PerProject_IsCountedOnce()
    {
        var cap = Cap(100, 50, CapMultiplier.PerProject);
        Assert.Equal(M(50), cap.Limit(M(1_000), new CapFacts(Beneficiaries: 5, DemonstrationModels: 3)));
    }

    [Fact]
    public void CompleteLine_GetsOneAndAHalfTimesMachineryCap_OnlyWhenTheProjectSaysSo()
    {
        var machinery = Cap(50, 300, CapMultiplier.PerEstablishment);
        var line = Cap(50, 450, CapMultiplier.PerEstablishment, CapCondition.CompleteProductionLine);
        var caps = new[] { machinery, line };
        var day = new DateOnly(2024, 6, 1);

        var lineProject = new CapFacts(1, 0, CompleteProductionLine: true);
        var picked = SupportCapSelection.Pick(caps, lineProject, day);
        Assert.Same(line, picked);
        Assert.Equal(M(450), picked!.Limit(M(1_000), lineProject));
        Assert.Equal(machinery.CapAmount.Dong * 3 / 2, line.CapAmount.Dong);

        var ordinary = new CapFacts(1, 0);
        Assert.Same(machinery, SupportCapSelection.Pick(caps, ordinary, day));
        Assert.Throws<DomainException>(() => machinery.Check(M(450), M(1_000), ordinary));
    }

    [Fact]
    public void NewEnterpriseInDisadvantagedArea_CappedAtTenMillion()
    {
        var cap = Cap(100, 10, CapMultiplier.PerEstablishment, CapCondition.NewEnterpriseInDisadvantagedArea);
        var facts = new CapFacts(1, 0, NewEnterpriseInDisadvantagedArea: true);
        Assert.Same(cap, SupportCapSelection.Pick([cap], facts, new DateOnly(2026, 1, 5)));
        Assert.Equal(M(10), cap.Limit(M(40), facts));
        var ex = Assert.Throws<DomainException>(() => cap.Check(M(12), M(40), facts));
        Assert.Contains("vượt 2 triệu đồng", ex.Message);
        // Not a new enterprise: the rule does not apply at all.
        Assert.Null(SupportCapSelection.Pick([cap], new CapFacts(1, 0), new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void Selection_UsesTheDayGiven_OldRulesBefore15October2025()
    {
        var old = Cap(50, 300, CapMultiplier.PerEstablishment, from: OldFrom, to: OldTo,
            instrument: "Thông tư 28/2018/TT-BTC");
        var current = Cap(40, 200, CapMultiplier.PerEstablishment, from: NewFrom);
        var facts = new CapFacts(1, 0);
        Assert.Same(old, SupportCapSelection.Pick([old, current], facts, new DateOnly(2025, 10, 1)));
        Assert.Same(old, SupportCapSelection.Pick([old, current], facts, OldTo));
        Assert.Same(current, SupportCapSelection.Pick([old, current], facts, NewFrom));
    }

    [Fact]
    public void ProvinceRule_BeforeNational_EvenAgainstAConditionedNationalRule()
    {
        var national = Cap(50, 450, CapMultiplier.PerEstablishment, CapCondition.CompleteProductionLine);
        var province = new SupportCap("Tỉnh", Fund.Kcqg, 4, 17, 30, M(150), CapMultiplier.PerEstablishment,
            CapCondition.None, "Quyết định 12/2024/QĐ-UBND", "Điều 3", OldFrom, null);
        Assert.Same(province, SupportCapSelection.Pick([national, province], new CapFacts(1, 0, true),
            new DateOnly(2024, 1, 1)));
    }

    [Theory]
    [InlineData("", "Điều 5", "văn bản")]
    [InlineData("  ", "Điều 5", "văn bản")]
    [InlineData("Nghị định 235/2025/NĐ-CP", "", "điều, khoản")]
    public void Cap_WithoutLegalBasis_Refused(string instrument, string article, string missing)
    {
        var ex = Assert.Throws<DomainException>(() => new SupportCap("Không căn cứ", Fund.Kcqg, 4, null, 50, M(300),
            CapMultiplier.PerEstablishment, CapCondition.None, instrument, article, OldFrom, null));
        Assert.Contains("căn cứ pháp lý", ex.Message);
        Assert.Contains(missing, ex.Message);
    }

    [Fact]
    public void Approve_WithCapNotInForceOnDecisionDate_IsAProgrammingError()
    {
        var project = ProjectWorkflowTests.In(ProjectStatus.Registered);
        var current = Cap(50, 300, CapMultiplier.PerEstablishment, from: NewFrom);
        Assert.Throws<InvalidOperationException>(() => project.Approve(
            new Actor("u-ministry", "Bộ", 3)
                { OrganisationKind = KhuyenCong.Domain.Organisations.OrganisationKind.Ministry },
            DateTime.UtcNow, 85, M(500), "1/QĐ", new DateOnly(2025, 10, 1),
            current, null));
    }
}
