using KhuyenCong.Domain.Common;

namespace KhuyenCong.Tests.Domain;

public sealed class VietnameseTextTests
{
    [Fact]
    public void NameOrder_LettersWithDiacritics_SortWithTheirBaseLetter()
    {
        string[] names = ["Zen", "Ơn Trời", "Đồng Tâm", "Ân Nghĩa", "Ba Vì", "Dong Hai", "Anh Đào", "On Hòa", "Âu Cơ", "Ôn Định"];

        var ordered = names.Order(VietnameseText.NameOrder).ToList();

        Assert.Equal(["Ân Nghĩa", "Anh Đào", "Âu Cơ", "Ba Vì", "Dong Hai", "Đồng Tâm", "Ôn Định", "On Hòa", "Ơn Trời", "Zen"], ordered);
    }

    [Fact]
    public void NameOrder_SameSearchKey_ComparesEqual()
    {
        Assert.Equal(0, VietnameseText.NameOrder.Compare("Hoà Bình", "hòa binh"));
        Assert.Equal(0, VietnameseText.NameOrder.Compare(null, "  "));
        Assert.True(VietnameseText.NameOrder.Compare("Đà Nẵng", "Cà Mau") > 0);
        Assert.True(VietnameseText.NameOrder.Compare("Đà Nẵng", "Điện Biên") < 0);
    }
}
