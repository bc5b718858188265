using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

public sealed class ProductResultTests
{
    private static (ProductRound Round, List<ProductEntry> Entries) Scored(int threshold, int? quota, params int[] scores)
    {
        var round = ScoringRound(threshold, quota);
        var entries = scores.Select((_, i) => Entry(round, $"Sản phẩm {i}")).ToList();
        round.StartScoring();
        for (var i = 0; i < scores.Length; i++)
            foreach (var m in Members) entries[i].Score(round, m, Points(scores[i]));
        return (round, entries);
    }

    [Fact]
    public void Decide_Threshold70NoQuota_RecognisesEveryEntryAtOrAbove70()
    {
        var (round, entries) = Scored(70, null, 90, 70, 69, 75);

        var ranking = round.Decide("5/QĐ-SCT", Today, entries);

        Assert.Equal([90, 75, 70, 69], ranking.Select(r => (int)r.Entry.MeanScore!.Value));
        Assert.Equal([true, true, true, false], ranking.Select(r => r.Recognised));
        Assert.Equal([1, 2, 3, 4], ranking.Select(r => r.Rank));
        Assert.Equal(RoundStatus.Decided, round.Status);
        Assert.False(entries[2].Recognised);
    }

    [Fact]
    public void Decide_QuotaTwo_RecognisesTheTwoBestAboveThreshold()
    {
        var (round, entries) = Scored(70, 2, 72, 95, 88, 60);

        round.Decide("5/QĐ-SCT", Today, entries);

        Assert.Equal([false, true, true, false], entries.Select(e => e.Recognised));
    }

    [Fact]
    public void Decide_IneligibleEntry_IsNotRanked()
    {
        var (round, entries) = Scored(70, null, 90, 80);
        entries[0].MarkIneligible("Hồ sơ thiếu giấy đăng ký kinh doanh");

        var ranking = round.Decide("5/QĐ-SCT", Today, entries);

        Assert.Single(ranking);
        Assert.False(entries[0].Recognised);
        Assert.True(entries[1].Recognised);
    }

    [Fact]
    public void IssueCertificate_EntryBelowThreshold_IsRefused()
    {
        var (round, entries) = Scored(70, null, 85, 65);
        round.Decide("5/QĐ-SCT", Today, entries);

        var ex = Assert.Throws<WorkflowException>(() => entries[1].IssueCertificate(round, "T-2026-002", Today));
        Assert.Contains("dưới ngưỡng 70", ex.Message);
        Assert.Null(entries[1].Certificate);
    }

    [Fact]
    public void IssueCertificate_AboveThresholdButOutsideQuota_IsRefused()
    {
        var (round, entries) = Scored(70, 1, 85, 80);
        round.Decide("5/QĐ-SCT", Today, entries);

        Assert.Throws<WorkflowException>(() => entries[1].IssueCertificate(round, "T-2026-002", Today));
    }

    [Fact]
    public void IssueCertificate_BeforeDecision_IsRefused()
    {
        var (round, entries) = Scored(70, null, 85);

        Assert.Throws<WorkflowException>(() => entries[0].IssueCertificate(round, "T-2026-001", Today));
    }

    [Fact]
    public void IssueCertificate_Recognised_ValidToEndOfFourthYear()
    {
        var (round, entries) = Scored(70, null, 85);
        round.Decide("5/QĐ-SCT", new(2021, 12, 15), entries);

        var certificate = entries[0].IssueCertificate(round, "t-2021-001", new(2021, 12, 15));

        Assert.Equal("T-2021-001", certificate.Number);
        Assert.Equal(new DateOnly(2024, 12, 31), certificate.ValidUntil);
        Assert.Throws<WorkflowException>(() => entries[0].IssueCertificate(round, "T-2021-009", new(2021, 12, 15)));
    }

    [Theory]
    [InlineData(2021, 1, 4, 2024)]
    [InlineData(2021, 12, 31, 2024)]
    [InlineData(2025, 5, 20, 2028)]
    public void ValidUntilFor_IssueYear_Is31DecemberOfFourthYearCountingIssueYear(int year, int month, int day, int validYear)
    {
        Assert.Equal(new DateOnly(validYear, 12, 31), Certificate.ValidUntilFor(new DateOnly(year, month, day)));
    }

    [Fact]
    public void IsValidOn_AfterValidUntil_IsExpired()
    {
        var certificate = Certified(RoundLevel.Provincial, new(2021, 12, 15));

        Assert.True(certificate.IsValidOn(new(2024, 12, 31)));
        Assert.False(certificate.IsValidOn(new(2025, 1, 1)));
        Assert.False(certificate.IsValidOn(new(2021, 12, 14)));
    }

    [Fact]
    public void CheckPrerequisite_NationalWithoutCertificate_IsRefusedWithReason()
    {
        var ex = Assert.Throws<DomainException>(() => ProductEntry.CheckPrerequisite(RoundLevel.National, null, Today));
        Assert.Contains("cấp khu vực", ex.Message);
    }

    [Fact]
    public void CheckPrerequisite_NationalWithProvincialCertificate_IsRefused()
    {
        var provincial = Certified(RoundLevel.Provincial, new(2025, 5, 20));

        Assert.Throws<DomainException>(() => ProductEntry.CheckPrerequisite(RoundLevel.National, provincial, Today));
    }

    [Fact]
    public void CheckPrerequisite_RegionalWithExpiredProvincialCertificate_IsRefused()
    {
        var expired = Certified(RoundLevel.Provincial, new(2021, 12, 15));

        var ex = Assert.Throws<DomainException>(() => ProductEntry.CheckPrerequisite(RoundLevel.Regional, expired, Today));
        Assert.Contains("hết hiệu lực", ex.Message);
    }

    [Fact]
    public void Register_NationalEntryWithValidRegionalCertificate_IsAccepted()
    {
        var regional = Certified(RoundLevel.Regional, new(2025, 11, 1));
        var round = ScoringRound(level: RoundLevel.National);

        var entry = Entry(round, prerequisite: regional);

        Assert.Same(regional, entry.PrerequisiteCertificate);
        Assert.Throws<DomainException>(() => Entry(round, prerequisite: null));
    }

    [Fact]
    public void Register_ProvincialEntry_NeedsNoCertificate()
    {
        ProductEntry.CheckPrerequisite(RoundLevel.Provincial, null, Today);
        Assert.Equal(EligibilityStatus.Pending, Entry(Round()).Eligibility);
    }
}
