using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// Refusals became key + arguments; the Vietnamese text users and existing tests read must not change by a byte.
/// The expected strings are the old interpolated texts, written out.
/// </summary>
public sealed class DomainMessageTests
{
    [Fact]
    public void Message_MoneyArguments_SameAsInterpolatedText()
    {
        Vnd approved = Vnd.FromMillions(1505.5m), disbursed = Vnd.FromMillions(1000), amount = Vnd.FromMillions(600);
        var ex = new DomainException(
            "Vượt kinh phí phê duyệt: đã phê duyệt {0} triệu đồng, đã giải ngân {1} triệu đồng, " +
            "lần này {2} triệu đồng, vượt {3} triệu đồng.",
            approved, disbursed, amount, disbursed + amount - approved);

        Assert.Equal(
            "Vượt kinh phí phê duyệt: đã phê duyệt 1.505,5 triệu đồng, đã giải ngân 1.000 triệu đồng, " +
            "lần này 600 triệu đồng, vượt 94,5 triệu đồng.", ex.Message);
    }

    [Fact]
    public void Message_DateArguments_SameAsInterpolatedText()
    {
        var ex = new WorkflowException("Thời hạn nhận hồ sơ là từ {0} đến {1}.",
            MessageArguments.Date(new DateOnly(2026, 3, 1)), MessageArguments.Date(new DateOnly(2026, 4, 30)));

        Assert.Equal("Thời hạn nhận hồ sơ là từ 01/03/2026 đến 30/04/2026.", ex.Message);
    }

    [Fact]
    public void Message_ScoreUnderAnyCulture_VietnameseDecimalComma()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
            var ex = new WorkflowException(
                "Sản phẩm đạt {0:0.##} điểm, dưới ngưỡng {1}: không cấp giấy chứng nhận.", 67.5, 70);

            Assert.Equal("Sản phẩm đạt 67,5 điểm, dưới ngưỡng 70: không cấp giấy chứng nhận.", ex.Message);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void Message_RequiredField_SameAsBefore()
    {
        var ex = Assert.Throws<DomainException>(() => Guard.Required("  ", "tên đề án"));

        Assert.Equal("Thiếu thông tin bắt buộc: tên đề án.", ex.Message);
        Assert.Equal("Thiếu thông tin bắt buộc: {0}.", ex.MessageKey);
        Assert.Equal(new object?[] { new MessageTerm("tên đề án") }, ex.Arguments);
    }

    [Fact]
    public void Message_NoArgumentsWithBraces_TakenLiterally()
    {
        var ex = Assert.Throws<DomainException>(() => Vnd.ParseMillions("{0}"));

        Assert.Contains("\"{0}\"", ex.Message);
        Assert.Empty(ex.Arguments);
    }
}
