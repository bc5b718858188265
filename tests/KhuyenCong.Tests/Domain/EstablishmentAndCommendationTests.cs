using KhuyenCong.Domain.Commendations;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Domain;

public sealed class EstablishmentAndCommendationTests
{
    [Fact]
    public void Ctor_NameWithDiacritics_SearchKeyIsAccentFreeAndBlankTaxCodeIsNull()
    {
        var establishment = new Establishment("  Hợp tác xã Đan Lát Phú Vinh ", 3, Province, " ", "  ", "", true, false);

        Assert.Equal("Hợp tác xã Đan Lát Phú Vinh", establishment.Name);
        Assert.Equal("hop tac xa dan lat phu vinh", establishment.SearchKey);
        Assert.Null(establishment.TaxCode);
        Assert.Null(establishment.Address);
        Assert.Null(establishment.CraftVillage);
    }

    [Theory]
    [InlineData("54A0001")]
    [InlineData("MST 5400")]
    public void Ctor_TaxCodeWithLetters_IsRefused(string taxCode)
    {
        Assert.Throws<DomainException>(() => new Establishment("Cơ sở", 1, Province, null, taxCode, null, false, false));
    }

    [Fact]
    public void Ctor_BranchTaxCode_IsAccepted()
    {
        Assert.Equal("5400123456-001", new Establishment("Chi nhánh", 1, Province, null, " 5400123456-001 ", null, false, false).TaxCode);
    }

    [Fact]
    public void Commendation_PeriodReversed_IsRefused()
    {
        Assert.Throws<DomainException>(() => new Commendation(RecipientKind.Individual, "Bùi Xuân Hùng", null, "Bằng khen", 2020, 2014,
            "1/QĐ-BCT", new(2021, 3, 12), null, Province));
    }

    [Fact]
    public void Commendation_Valid_ScopedToItsUnitWithSearchKey()
    {
        var commendation = new Commendation(RecipientKind.Individual, "Bùi Xuân Hùng", null, "Bằng khen", 2014, 2020,
            "1/QĐ-BCT", new(2021, 3, 12), null, Province);

        Assert.Equal("bui xuan hung", commendation.SearchKey);
        Assert.Same(Province, commendation.Unit);
    }
}
