using KhuyenCong.Domain.Common;

namespace KhuyenCong.Tests.Domain;

/// <summary>Amounts are entered and shown in triệu đồng, vi-VN, and kept as whole đồng (DOMAIN §4).</summary>
public sealed class VndTests
{
    [Theory]
    [InlineData("1505", 1_505_000_000L)]
    [InlineData("1.505", 1_505_000_000L)]
    [InlineData("75.641", 75_641_000_000L)]
    [InlineData("338.000", 338_000_000_000L)]
    [InlineData("150.000.000", 150_000_000_000_000L)]
    [InlineData("405", 405_000_000L)]
    [InlineData("0,5", 500_000L)]
    [InlineData("1.505,5", 1_505_500_000L)]
    [InlineData("1505,25", 1_505_250_000L)]
    [InlineData("0,000001", 1L)]
    [InlineData("0,505", 505_000L)]
    [InlineData("-100", -100_000_000L)]
    [InlineData("-1.100,5", -1_100_500_000L)]
    [InlineData(" 1 505 ", 1_505_000_000L)]
    [InlineData("1\u00A0505", 1_505_000_000L)]
    [InlineData("1.000.000.000", 1_000_000_000_000_000L)]
    public void TryParseMillions_AcceptedFormats_GiveWholeDong(string input, long expectedDong)
    {
        Assert.True(Vnd.TryParseMillions(input, out var amount, out var error), error);
        Assert.Equal(expectedDong, amount.Dong);
    }

    [Theory]
    [InlineData("", "Chưa nhập")]
    [InlineData("   ", "Chưa nhập")]
    [InlineData("abc", "không hợp lệ")]
    [InlineData("12tr", "không hợp lệ")]
    [InlineData("1,505", "không rõ ràng")]
    [InlineData("1,505.5", "không rõ ràng")]
    [InlineData("1.5", "nhóm 3 chữ số")]
    [InlineData("1.50", "nhóm 3 chữ số")]
    [InlineData("1505.", "nhóm 3 chữ số")]
    [InlineData("1234.567", "nhóm 3 chữ số")]
    [InlineData("1,2,3", "không rõ ràng")]
    [InlineData("5,", "thiếu phần lẻ")]
    [InlineData(",5", "nhóm 3 chữ số")]
    [InlineData("0,0000001", "nhỏ hơn một đồng")]
    [InlineData("1.000.000.001", "quá lớn")]
    [InlineData("99999999999999999999", "quá lớn")]
    [InlineData("--5", "không hợp lệ")]
    [InlineData("+5", "không hợp lệ")]
    public void TryParseMillions_MalformedOrAmbiguous_RefusedWithExplanation(string input, string expectedFragment)
    {
        Assert.False(Vnd.TryParseMillions(input, out _, out var error));
        Assert.Contains(expectedFragment, error);
        Assert.Contains("triệu", error);
    }

    [Theory]
    [InlineData(1_505_000_000L, "1.505")]
    [InlineData(75_641_000_000L, "75.641")]
    [InlineData(338_000_000_000L, "338.000")]
    [InlineData(500_000L, "0,5")]
    [InlineData(1_505_250_000L, "1.505,25")]
    [InlineData(1L, "0,000001")]
    [InlineData(0L, "0")]
    [InlineData(-100_000_000L, "-100")]
    [InlineData(-1_100_500_000L, "-1.100,5")]
    [InlineData(long.MaxValue, "9.223.372.036.854,775807")]
    public void ToString_ShowsTrieuDongInVietnameseFormat(long dong, string expected) =>
        Assert.Equal(expected, new Vnd(dong).ToString());

    [Theory]
    [InlineData(338_000_000_000L)]
    [InlineData(-75_641_500_000L)]
    [InlineData(123_456_789L)]
    public void FormatThenParse_RoundTrips(long dong)
    {
        Assert.True(Vnd.TryParseMillions(new Vnd(dong).ToString(), out var back, out _));
        Assert.Equal(dong, back.Dong);
    }

    [Fact]
    public void Percent_AllocatedOfEstimate_ShowsOneDecimal()
    {
        Assert.Equal("50,4%", Vnd.Percent(Vnd.FromMillions(75_641), Vnd.FromMillions(150_000)));
        Assert.Equal("—", Vnd.Percent(Vnd.FromMillions(1), Vnd.Zero));
        Assert.Equal("99,8%", Vnd.Rate(0.9982));
        Assert.Equal("", Vnd.Rate(null, ""));
    }

    [Fact]
    public void Arithmetic_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new Vnd(long.MaxValue) + new Vnd(1));
}
