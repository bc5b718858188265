using KhuyenCong.Web.Infrastructure.Documents;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>The kind word of a unit's name in lower case inside a document's title (issue 14), from its type.</summary>
public sealed class UnitTitleTests
{
    [Theory]
    [InlineData("Tỉnh Phú Thọ", "tỉnh", "tỉnh Phú Thọ")]
    [InlineData("Thành phố Hà Nội", "thành phố trung ương", "thành phố Hà Nội")]
    [InlineData("Xã Cao Phong", "xã", "xã Cao Phong")]
    [InlineData("Đặc khu Phú Quốc", "đặc khu", "đặc khu Phú Quốc")]
    // A name that does not start with its kind is left as it is; a kind word is never cut out of a longer word.
    [InlineData("Phú Thọ", "tỉnh", "Phú Thọ")]
    [InlineData("Tỉnhx Lạ", "tỉnh", "Tỉnhx Lạ")]
    public void InSentence_LowerCasesTheKindWord(string name, string type, string expected) =>
        Assert.Equal(expected, UnitTitle.InSentence(name, type));
}
