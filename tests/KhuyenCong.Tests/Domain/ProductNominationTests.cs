using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// Nomination packages (issue 13): who nominates to which round, the certificates a package takes, the quota, the
/// letter and the deadline, return and resend, and acceptance into the round's entries. Units carry no database id
/// here (0), so "own units" are [0] and "another area" is an id that is not.
/// </summary>
public sealed class ProductNominationTests
{
    private static readonly int[] Own = [0];
    private static readonly DateOnly Issued = new(2025, 5, 20);

    private static ProductNomination Package(ProductRound round, DateOnly? today = null) =>
        new(round, OrganiserOf(RoundLevel.Provincial), CurrentProvince, today ?? Today);

    private static ProductNomination ReadyPackage(ProductRound round, params Certificate[] certificates)
    {
        var package = Package(round);
        foreach (var c in certificates) package.Add(round, c, Own, Today);
        package.SetLetter("1875/SCT-QLCN", Today, "cong-van.pdf", "stored.bin", "application/pdf", 1000);
        return package;
    }

    [Fact]
    public void Create_SoOfACoveredProvince_DraftForItsProvince()
    {
        var package = Package(Round(RoundLevel.Regional));

        Assert.Equal(NominationStatus.Draft, package.Status);
        Assert.True(package.IsEditable);
    }

    [Fact]
    public void Create_CommuneCommitteeToARegionalRound_Refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new ProductNomination(Round(RoundLevel.Regional), CommuneCommittee, CurrentProvince, Today));
        Assert.Contains("Sở Công Thương các tỉnh", ex.Message);
    }

    [Fact]
    public void Create_SoToAProvincialRoundOrAnyoneToACommuneRound_Refused()
    {
        Assert.Throws<DomainException>(() => Package(Round(RoundLevel.Provincial)));
        Assert.Throws<DomainException>(() =>
            new ProductNomination(Round(RoundLevel.Local), CommuneCommittee, CurrentProvince, Today));
    }

    [Fact]
    public void Create_ProvinceTheRegionalRoundDoesNotCover_Refused()
    {
        Assert.Throws<DomainException>(() =>
            new ProductNomination(Round(RoundLevel.Regional), Department, SouthernProvince, Today));
    }

    [Fact]
    public void Create_AfterTheDeadline_RefusedAsStateConflict()
    {
        var round = Round(RoundLevel.Regional);

        var ex = Assert.Throws<WorkflowException>(() => Package(round, round.SubmissionCloses.AddDays(1)));
        Assert.Contains("quá hạn đề cử", ex.Message);
    }

    [Fact]
    public void Add_ValidProvincialCertificate_Listed()
    {
        var round = Round(RoundLevel.Regional);
        var package = Package(round);

        package.Add(round, Certified(RoundLevel.Provincial, Issued), Own, Today);

        Assert.Single(package.Items);
    }

    [Fact]
    public void Add_CertificateOfTheWrongLevel_Refused()
    {
        var round = Round(RoundLevel.Regional);
        var package = Package(round);

        var ex = Assert.Throws<DomainException>(() =>
            package.Add(round, Certified(RoundLevel.Local, Issued), Own, Today));
        Assert.Contains("không phải giấy chứng nhận", ex.Message);
        Assert.Empty(package.Items);
    }

    [Fact]
    public void Add_ExpiredCertificate_Refused()
    {
        var round = Round(RoundLevel.Regional);
        var package = Package(round);

        var ex = Assert.Throws<DomainException>(() =>
            package.Add(round, Certified(RoundLevel.Provincial, new(2021, 12, 15)), Own, Today));
        Assert.Contains("hết hiệu lực từ 31/12/2024", ex.Message);
    }

    [Fact]
    public void Add_CertificateOfAnotherArea_Refused()
    {
        var round = Round(RoundLevel.Regional);
        var package = Package(round);

        var ex = Assert.Throws<DomainException>(() =>
            package.Add(round, Certified(RoundLevel.Provincial, Issued), [999], Today));
        Assert.Contains("ngoài địa bàn đề cử", ex.Message);
    }

    [Fact]
    public void Add_SameCertificateTwiceOrBeyondTheQuota_Refused()
    {
        var round = Round(RoundLevel.Regional);
        round.SetNominationQuota(1);
        var package = Package(round);
        var certificate = Certified(RoundLevel.Provincial, Issued);
        package.Add(round, certificate, Own, Today);

        Assert.Throws<DomainException>(() => package.Add(round, certificate, Own, Today));
        var ex = Assert.Throws<DomainException>(() =>
            package.Add(round, Certified(RoundLevel.Provincial, Issued), Own, Today));
        Assert.Contains("tối đa 1 sản phẩm", ex.Message);
        Assert.Single(package.Items);
    }

    [Fact]
    public void SetNominationQuota_CommuneRoundOrNotPositive_Refused()
    {
        Assert.Throws<DomainException>(() => Round(RoundLevel.Local).SetNominationQuota(3));
        Assert.Throws<DomainException>(() => Round(RoundLevel.Regional).SetNominationQuota(0));
    }

    [Fact]
    public void Submit_WithoutLetterOrProducts_Refused()
    {
        var round = Round(RoundLevel.Regional);
        var empty = Package(round);
        empty.SetLetter("1/SCT", Today, "a.pdf", "a.bin", "application/pdf", 10);
        var noLetter = Package(round);
        noLetter.Add(round, Certified(RoundLevel.Provincial, Issued), Own, Today);

        Assert.Throws<DomainException>(() => empty.Submit(round, "so", Today));
        var ex = Assert.Throws<DomainException>(() => noLetter.Submit(round, "so", Today));
        Assert.Contains("công văn đề cử", ex.Message);
        Assert.Equal(NominationStatus.Draft, noLetter.Status);
    }

    [Fact]
    public void Submit_AfterTheDeadline_RefusedAsStateConflict()
    {
        var round = Round(RoundLevel.Regional);
        var package = ReadyPackage(round, Certified(RoundLevel.Provincial, Issued));

        Assert.Throws<WorkflowException>(() => package.Submit(round, "so", round.SubmissionCloses.AddDays(1)));
        Assert.Equal(NominationStatus.Draft, package.Status);
    }

    [Fact]
    public void Submit_Ready_SentAndNoLongerEditable()
    {
        var round = Round(RoundLevel.Regional);
        var package = ReadyPackage(round, Certified(RoundLevel.Provincial, Issued));

        package.Submit(round, "so", Today);

        Assert.Equal(NominationStatus.Submitted, package.Status);
        Assert.Equal(1, package.Submissions);
        Assert.Equal(Today, package.SubmittedOn);
        Assert.Throws<WorkflowException>(() =>
            package.Add(round, Certified(RoundLevel.Provincial, Issued), Own, Today));
        Assert.Throws<WorkflowException>(() => package.Submit(round, "so", Today));
    }

    [Fact]
    public void Return_WithReasonThenResend_SubmittedAgainCountingTwice()
    {
        var round = Round(RoundLevel.Regional);
        var package = ReadyPackage(round, Certified(RoundLevel.Provincial, Issued));
        package.Submit(round, "so", Today);

        Assert.Throws<DomainException>(() => package.Return(" ", Today));
        package.Return("Công văn chưa có chữ ký", Today);
        Assert.Equal(NominationStatus.Returned, package.Status);
        package.SetLetter("1900/SCT-QLCN", Today, "cong-van-ky.pdf", "signed.bin", "application/pdf", 900);
        package.Submit(round, "so", Today);

        Assert.Equal(NominationStatus.Submitted, package.Status);
        Assert.Equal(2, package.Submissions);
        Assert.Equal("1900/SCT-QLCN", package.LetterNumber);
    }

    [Fact]
    public void Return_DraftPackage_RefusedAsStateConflict()
    {
        var package = Package(Round(RoundLevel.Regional));

        Assert.Throws<WorkflowException>(() => package.Return("Thiếu", Today));
    }

    [Fact]
    public void Accept_AfterTheDeadlineWhileOpen_OneEntryPerProductWithItsCertificate()
    {
        var round = Round(RoundLevel.Regional);
        var first = Certified(RoundLevel.Provincial, Issued);
        var second = Certified(RoundLevel.Provincial, Issued);
        var package = ReadyPackage(round, first, second);
        package.Submit(round, "so", Today);

        var entries = package.Accept(round, [], round.SubmissionCloses.AddDays(5));

        Assert.Equal(2, entries.Count);
        Assert.Equal([first, second], entries.Select(e => e.PrerequisiteCertificate));
        Assert.Equal(first.Entry!.Name, entries[0].Name);
        Assert.All(entries, e => Assert.Equal("so", e.RegisteredByUserId));
        Assert.Equal(NominationStatus.Accepted, package.Status);
        Assert.Equal(entries, package.Items.Select(i => i.Entry));
        Assert.Throws<WorkflowException>(() => package.Accept(round, [], Today));
    }

    [Fact]
    public void Accept_ProductAlreadyInTheRoundOrRoundScoring_Refused()
    {
        var round = Round(RoundLevel.Regional);
        var package = ReadyPackage(round, Certified(RoundLevel.Provincial, Issued));
        package.Submit(round, "so", Today);

        Assert.Throws<DomainException>(() => package.Accept(round, [0], Today));
        round.AssignMember("m1", "m1");
        round.StartScoring();
        Assert.Throws<WorkflowException>(() => package.Accept(round, [], Today));
        Assert.Equal(NominationStatus.Submitted, package.Status);
    }

    [Fact]
    public void CommuneToProvincialRound_CommuneCertificate_AcceptedIntoTheProvincialRound()
    {
        var round = Round(RoundLevel.Provincial);
        var package = new ProductNomination(round, CommuneCommittee, CurrentProvince, Today);
        var certificate = Certified(RoundLevel.Local, Issued);
        package.Add(round, certificate, Own, Today);
        Assert.Throws<DomainException>(() => package.Add(round, Certified(RoundLevel.Provincial, Issued), Own, Today));
        package.SetLetter("12/UBND", Today, "cv.pdf", "cv.bin", "application/pdf", 10);
        package.Submit(round, "xa", Today);

        var entries = package.Accept(round, [], Today);

        Assert.Same(certificate, Assert.Single(entries).PrerequisiteCertificate);
    }
}
