using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>A record outside the user's scope answers 404, as if it did not exist (DOMAIN §3).</summary>
[Collection(SharedPortal.Name)]
public sealed class OrganisationScopeTests(PortalFactory portal)
{
    [Theory]
    [InlineData(DemoAccounts.HoaBinhLegacy, DemoOrganisations.PhuThoDepartment, HttpStatusCode.NotFound)]
    [InlineData(DemoAccounts.HoaBinhLegacy, DemoOrganisations.HoaBinhDepartment, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.HoaBinhLegacy, DemoOrganisations.CaoPhongDistrict, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.HoaBinhDepartment, DemoOrganisations.HoaBinhDepartment, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.CaoPhongCommune, DemoOrganisations.HoaBinhDepartment, HttpStatusCode.NotFound)]
    [InlineData(DemoAccounts.CaoPhongCommune, DemoOrganisations.CaoPhongCommune, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.PhuThoDepartment, DemoOrganisations.HoaBinhDepartment, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.MinistryOfficer, DemoOrganisations.PhuThoDepartment, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.MinistryOfficer, DemoOrganisations.HoaBinhDepartment, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.MinistryOfficer, DemoOrganisations.CaoPhongCommune, HttpStatusCode.OK)]
    public async Task Details_ByUserScope_OpensOnlyOrganisationsInScope(string email, string organisation, HttpStatusCode expected)
    {
        var id = await portal.OrganisationIdAsync(organisation);
        var client = portal.CreateClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync($"/Organisations/Details/{id}");

        await Expect.StatusAsync(expected, response);
        if (expected == HttpStatusCode.OK)
            Assert.Contains(organisation, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Details_UnknownId_Returns404()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync("/Organisations/Details/987654"));
    }

    [Fact]
    public async Task Index_LegacyHoaBinhOfficer_ListsOwnAreaButNotPhuTho()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhLegacy);

        var text = (await client.GetDocumentAsync("/Organisations?closed=true")).Body!.TextContent;

        Assert.Contains(DemoOrganisations.HoaBinhDepartment, text);
        Assert.Contains(DemoOrganisations.CaoPhongDistrict, text);
        Assert.DoesNotContain(DemoOrganisations.PhuThoDepartment, text);
    }

    [Fact]
    public async Task Index_MinistryOfficer_ListsEveryProvince()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        // The demo has a department per province: search to stay on the first page.
        var hoaBinh = (await client.GetDocumentAsync("/Organisations?q=Hòa Bình&closed=true")).Body!.TextContent;
        var phuTho = (await client.GetDocumentAsync("/Organisations?q=Phú Thọ")).Body!.TextContent;

        Assert.Contains(DemoOrganisations.HoaBinhDepartment, hoaBinh);
        Assert.Contains(DemoOrganisations.PhuThoDepartment, phuTho);
    }
}
