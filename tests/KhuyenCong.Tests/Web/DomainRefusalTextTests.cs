using System.Globalization;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web;
using KhuyenCong.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Tests.Web;

/// <summary>A domain refusal reads in the user's language: English from the resource file, else Vietnamese.</summary>
public sealed class DomainRefusalTextTests
{
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
        .Create(typeof(SharedResource));

    private static readonly FundingHeadroom Headroom =
        new("Sở Công Thương Hà Nội", Vnd.FromMillions(1500), Vnd.FromMillions(1200));

    [Fact]
    public void For_EnglishUiCulture_EnglishWithTheArguments()
    {
        var ex = Assert.Throws<DomainException>(() => Headroom.Check(Vnd.FromMillions(400.5m), "KCĐP", 2026));

        var text = InCulture("en", () => DomainRefusalText.For(ex, Localizer));

        Assert.Equal(
            "Exceeds the allocated funds: Sở Công Thương Hà Nội was allocated 1.500 million VND of KCĐP for 2026, " +
            "other projects use 1.200 million VND, leaving 300 million VND; the project needs 400,5 million VND, " +
            "over by 100,5 million VND.", text);
    }

    [Fact]
    public void For_VietnameseUiCulture_TheVietnameseMessage()
    {
        var ex = Assert.Throws<DomainException>(() => Headroom.Check(Vnd.FromMillions(400.5m), "KCĐP", 2026));

        var text = InCulture("vi-VN", () => DomainRefusalText.For(ex, Localizer));

        Assert.Equal(ex.Message, text);
        Assert.StartsWith("Vượt kinh phí đã giao: Sở Công Thương Hà Nội được giao 1.500 triệu đồng KCĐP", text);
    }

    [Fact]
    public void For_EnglishScore_FormattedWithTheUiCulture()
    {
        var ex = new DomainException(
            "Sản phẩm đạt {0:0.##} điểm, dưới ngưỡng {1}: không cấp giấy chứng nhận.", 67.5, 70);

        Assert.Equal("The product scored 67.5 points, below the threshold of 70: no certificate is issued.",
            InCulture("en", () => DomainRefusalText.For(ex, Localizer)));
    }

    [Fact]
    public void For_EnglishWithOurOwnWording_TheWordingTranslatedToo()
    {
        var ex = Assert.Throws<DomainException>(() => Guard.Required(" ", "tên đề án"));

        Assert.Equal("Required information is missing: project name.", Render(ex, "en"));
        Assert.Equal("Thiếu thông tin bắt buộc: tên đề án.", Render(ex, "vi-VN"));
    }

    [Fact]
    public void For_KeyWithoutTranslation_TheVietnameseMessage()
    {
        var ex = new DomainException("Một lời từ chối chưa có bản dịch {0}.", 1);

        Assert.Equal("Một lời từ chối chưa có bản dịch 1.", Render(ex, "en"));
    }

    private static string Render(DomainException ex, string culture) =>
        InCulture(culture, () => DomainRefusalText.For(ex, Localizer));

    private static string InCulture(string name, Func<string> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
