using KhuyenCong.Web.Infrastructure.Input;

namespace KhuyenCong.Tests.Web;

/// <summary>How a typed date is read (issue 15: 15032026 was saved as 3 December by the month-first native input).</summary>
public sealed class DateTextTests
{
    [Theory]
    [InlineData("15/03/2026", 2026, 3, 15)]
    [InlineData("15032026", 2026, 3, 15)]
    [InlineData("5/3/2026", 2026, 3, 5)]
    [InlineData(" 05-03-2026 ", 2026, 3, 5)]
    [InlineData("05.03.2026", 2026, 3, 5)]
    [InlineData("03/04/2026", 2026, 4, 3)]
    [InlineData("2026-03-15", 2026, 3, 15)]
    [InlineData("2026-03-15T00:00:00", 2026, 3, 15)]
    [InlineData("29/02/2028", 2028, 2, 29)]
    public void TryRead_DayFirstOrIso_ReadsTheDay(string text, int year, int month, int day)
    {
        Assert.Equal(DateText.Outcome.Date, DateText.TryRead(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("29/02/2026")]
    [InlineData("15/13/2026")]
    [InlineData("00/01/2026")]
    [InlineData("32012026")]
    [InlineData("2026-02-30")]
    public void TryRead_NoSuchDay_Impossible(string text) =>
        Assert.Equal(DateText.Outcome.Impossible, DateText.TryRead(text, out _));

    [Theory]
    [InlineData("15/03/26")]
    [InlineData("March 15, 2026")]
    [InlineData("15/03")]
    [InlineData("1503202")]
    [InlineData("abc")]
    public void TryRead_NotADate_Unreadable(string text) =>
        Assert.Equal(DateText.Outcome.Unreadable, DateText.TryRead(text, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryRead_Nothing_Empty(string? text) => Assert.Equal(DateText.Outcome.Empty, DateText.TryRead(text, out _));

    [Fact]
    public void Show_AnyCulture_DayFirst()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
        try
        {
            Assert.Equal("05/03/2026", DateText.Show(new DateOnly(2026, 3, 5)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
