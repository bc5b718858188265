using System.Globalization;
using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The web layer's one refusal path (Infrastructure/Refusals) through the organisations screens: a business rule
/// brings the form back with the typed values, a conflict with the stored version, a button's refusal becomes a
/// notice. The 409 and 403 pages are covered by ProductRoundWorkflowTests and ProjectWorkflowTests.
/// </summary>
public sealed class RefusalPathTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> AdministratorAsync()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);
        return client;
    }

    private Task<Organisation> NewMinistryOfficeAsync(string name) => portal.WithDbAsync(async db =>
    {
        var organisation = new Organisation(name, OrganisationKind.Ministry, null, new DateOnly(2020, 1, 1));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    });

    private Task<Organisation> StoredAsync(int id) =>
        portal.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));

    private static List<KeyValuePair<string, string>> Form(string name, long version) =>
    [
        new("Name", name), new("Kind", nameof(OrganisationKind.Ministry)), new("ValidFrom", "2020-01-01"),
        new("Version", version.ToString(CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task Create_DomainRuleRefused_FormAgainWithTypedValuesAndNothingSaved()
    {
        var client = await AdministratorAsync();
        var (response, district) = await CreateDepartmentForDistrictAsync(client, "Sở thử từ chối");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("phải phụ trách một tỉnh", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Sở thử từ chối", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal(district, page.QuerySelector("input[name=UnitCode]")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Sở thử từ chối")));
    }

    [Fact]
    public async Task Create_DomainRuleRefusedInEnglish_ReasonInEnglish()
    {
        var client = await AdministratorAsync();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var (response, _) = await CreateDepartmentForDistrictAsync(client, "Sở thử từ chối tiếng Anh");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var reason = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("must be responsible for a province", reason);
        Assert.DoesNotContain("phải phụ trách", reason);
    }

    /// <summary>A department must look after a province: the form binds, the domain refuses a district.</summary>
    private async Task<(HttpResponseMessage Response, string District)> CreateDepartmentForDistrictAsync(
        HttpClient client, string name)
    {
        var district = await portal.WithDbAsync(db => db.AdministrativeUnits
            .Where(u => u.Level == UnitLevel.District && u.Generation == UnitGeneration.Legacy)
            .Select(u => u.Code).FirstAsync());
        var response = await client.PostFormAsync("/Organisations/Create",
        [
            new("Name", name), new("Kind", nameof(OrganisationKind.ProvincialDepartment)),
            new("UnitGeneration", nameof(UnitGeneration.Legacy)), new("UnitCode", district),
            new("ValidFrom", "2024-03-01"), new("Version", "0"),
        ], "/Organisations/Create");
        return (response, district);
    }

    [Fact]
    public async Task Edit_StaleVersion_FormAgainWithTypedValuesAndStoredVersionSoTheNextSaveIsDeliberate()
    {
        var client = await AdministratorAsync();
        var organisation = await NewMinistryOfficeAsync("Văn phòng thử xung đột");
        var url = $"/Organisations/Edit/{organisation.Id}";
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await client.PostFormAsync(url, Form("Tên của người thứ nhất", organisation.Version), url));
        var stored = (await StoredAsync(organisation.Id)).Version;

        var refused = await client.PostFormAsync(url, Form("Tên của người thứ hai", organisation.Version), url);

        await Expect.StatusAsync(HttpStatusCode.OK, refused);
        var page = await PortalClientExtensions.ParseHtmlAsync(refused);
        Assert.Contains(ConcurrencyMessage.Text, page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Tên của người thứ hai", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal(stored.ToString(CultureInfo.InvariantCulture),
            page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal("Tên của người thứ nhất", (await StoredAsync(organisation.Id)).Name);

        var deliberate = await client.PostFormAsync(url, Form("Tên của người thứ hai", stored), url);

        await Expect.StatusAsync(HttpStatusCode.Redirect, deliberate);
        Assert.Equal("Tên của người thứ hai", (await StoredAsync(organisation.Id)).Name);
    }

    [Fact]
    public async Task Reopen_ActiveOrganisation_RedirectsWithTheReasonAndChangesNothing()
    {
        var client = await AdministratorAsync();
        var organisation = await NewMinistryOfficeAsync("Văn phòng thử mở lại");
        var details = $"/Organisations/Details/{organisation.Id}";

        var response = await client.PostFormAsync($"/Organisations/Reopen/{organisation.Id}",
            [new("version", organisation.Version.ToString(CultureInfo.InvariantCulture))], details);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(details, Expect.Location(response));
        var page = await client.GetDocumentAsync(details);
        Assert.Contains("Đơn vị này đang hoạt động.", page.QuerySelector(".alert-danger")!.TextContent);
        var after = await StoredAsync(organisation.Id);
        Assert.Equal((organisation.Version, (DateOnly?)null), (after.Version, after.ValidTo));
    }

    [Fact]
    public async Task Close_LastDayOutsideTheDateWindow_RefusedNotSavedAsToday()
    {
        // The binder refuses year 1; the button must not fall back to "today" and close the organisation.
        var client = await AdministratorAsync();
        var organisation = await NewMinistryOfficeAsync("Văn phòng thử ngày sai");
        var details = $"/Organisations/Details/{organisation.Id}";

        var response = await client.PostFormAsync($"/Organisations/Close/{organisation.Id}",
            [new("lastDay", "0001-01-01"), new("version", organisation.Version.ToString(CultureInfo.InvariantCulture))], details);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var page = await client.GetDocumentAsync(details);
        Assert.Contains("chỉ nhận ngày từ năm 2000", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Null((await StoredAsync(organisation.Id)).ValidTo);
    }

    [Fact]
    public async Task Close_StaleVersion_RedirectsWithTheConcurrencyMessageAndStaysOpen()
    {
        var client = await AdministratorAsync();
        var organisation = await NewMinistryOfficeAsync("Văn phòng thử đóng cũ");
        var details = $"/Organisations/Details/{organisation.Id}";
        var url = $"/Organisations/Edit/{organisation.Id}";
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await client.PostFormAsync(url, Form("Văn phòng thử đóng (đã đổi tên)", organisation.Version), url));

        var response = await client.PostFormAsync($"/Organisations/Close/{organisation.Id}",
            [new("version", organisation.Version.ToString(CultureInfo.InvariantCulture))], details);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var page = await client.GetDocumentAsync(details);
        Assert.Contains("changed by someone else", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Null((await StoredAsync(organisation.Id)).ValidTo);
    }
}
