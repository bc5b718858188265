using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Features.Certificates;

namespace KhuyenCong.Tests.Web;

/// <summary>A certificate names its level under the rules of its round's date, not its year's first day.</summary>
public sealed class CertificateLevelNameTests
{
    private static CertificateRow Local(int year, DateOnly opens) =>
        new("SP-1", "Sản phẩm", "Cơ sở", "Nhóm", "Tỉnh", RoundLevel.Local, year, opens.AddMonths(3),
            opens.AddYears(3), opens);

    [Theory]
    [InlineData(2025, 3, 1, "Cấp huyện/xã")]
    [InlineData(2025, 8, 1, "Cấp xã")]
    [InlineData(2021, 5, 1, "Cấp huyện/xã")]
    [InlineData(2026, 2, 1, "Cấp xã")]
    public void LevelName_FollowsTheRoundsOpeningDay(int year, int month, int day, string expected) =>
        Assert.Equal(expected, CertificateQueries.LevelName(Local(year, new DateOnly(year, month, day))));
}
