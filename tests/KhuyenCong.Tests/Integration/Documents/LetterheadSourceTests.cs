using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>
/// The letterhead derived from the demo organisations: who sits above whom, and which place is written (the
/// province as the official unit list spells it).
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class LetterheadSourceTests(PortalFactory portal)
{
    [Theory]
    [InlineData(DemoOrganisations.MinistryDepartment, "BỘ CÔNG THƯƠNG",
        "CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG", "Hà Nội")]
    [InlineData(DemoOrganisations.PhuThoDepartment, "UBND TỈNH PHÚ THỌ", "SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", "Phú Thọ")]
    [InlineData(DemoOrganisations.HoaBinhCentre, "UBND TỈNH HOÀ BÌNH",
        "TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP HÒA BÌNH", "Hoà Bình")]
    public async Task ForOrganisation_DemoOrganisation_TakesSuperiorAndPlaceFromItsProvince(
        string organisation, string superior, string issuing, string place)
    {
        var id = await portal.OrganisationIdAsync(organisation);
        using var scope = portal.Services.CreateScope();

        var letterhead = await scope.ServiceProvider.GetRequiredService<ILetterheadSource>().ForOrganisationAsync(id);

        Assert.Equal(superior, letterhead.SuperiorAgency);
        Assert.Equal(issuing, letterhead.IssuingAgency);
        Assert.Equal(place, letterhead.Place);
        Assert.Equal(LetterheadSource.DefaultHeadTitle, letterhead.HeadTitle);
    }
}
