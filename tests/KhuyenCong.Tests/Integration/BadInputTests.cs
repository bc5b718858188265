using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Type errors, impossible dates and control characters in forms and filters are messages, never 500s or stored values.</summary>
public sealed class BadInputTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Every test here is refused and changes nothing, so one portal serves them all.
    private readonly PortalFactory _portal = portal;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static List<KeyValuePair<string, string>> EstablishmentForm(string ownerIsWoman) =>
    [
        new("Name", "Cơ sở thử kiểu dữ liệu"), new("LegalFormId", "1"), new("UnitGeneration", "Legacy"), new("UnitCode", "04831"),
        new("TaxCode", ""), new("CraftVillage", ""), new("OwnerIsWoman", ownerIsWoman), new("Version", "0"),
    ];

    [Fact]
    public async Task EstablishmentCreate_OwnerIsWomanNotBoolean_ShowsFormWithMessage()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var before = await _portal.WithDbAsync(db => db.Establishments.CountAsync());

        var response = await client.PostFormAsync("/Establishments/Create", EstablishmentForm("abc"), "/Establishments/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("không hợp lệ", html);
        Assert.Contains("Cơ sở thử kiểu dữ liệu", html);
        Assert.Equal(before, await _portal.WithDbAsync(db => db.Establishments.CountAsync()));
    }

    [Fact]
    public async Task EstablishmentCreate_NotBooleanInEnglishInterface_EnglishMessage()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await client.PostFormAsync("/Establishments/Create", EstablishmentForm("abc"), "/Establishments/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("The value &#x27;abc&#x27; is not valid for", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/AuditLog?from=0001-01-01")]
    [InlineData("/AuditLog?to=9999-12-31")]
    public async Task AuditLog_DateOutsideWindow_ShowsListWithMessage(string url)
    {
        var client = await SignedInAsync(DemoAccounts.Admin);

        var response = await client.GetAsync(url);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("chỉ nhận ngày từ năm 2000 đến năm 2100", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task OrganisationCreate_ValidFromOutsideWindow_ShowsFormAndSavesNothing(string validFrom)
    {
        var client = await SignedInAsync(DemoAccounts.Admin);
        var before = await _portal.WithDbAsync(db => db.Organisations.CountAsync());

        var response = await client.PostFormAsync("/Organisations/Create",
            [new("Name", "Đơn vị ngày lạ"), new("Kind", "Ministry"), new("ValidFrom", validFrom), new("Version", "0")], "/Organisations/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Ngày bắt đầu hoạt động: chỉ nhận ngày từ năm 2000 đến năm 2100.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _portal.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task OrganisationCreate_EnglishInterface_SaysTheDateWindowInEnglish()
    {
        var client = await SignedInAsync(DemoAccounts.Admin);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await client.PostFormAsync("/Organisations/Create",
            [new("Name", "Unit with an odd date"), new("Kind", "Ministry"), new("ValidFrom", "0001-01-01"), new("Version", "0")], "/Organisations/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("only dates from the year 2000 to 2100 are accepted", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EstablishmentList_ControlCharacterInQuery_Answers400WithMessage()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await client.GetAsync("/Establishments?q=a%00b%1Bc");

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ký tự không hợp lệ", html);
        Assert.False(html.Contains('\0', StringComparison.Ordinal));
    }

    [Fact]
    public async Task EstablishmentCreate_NulInName_Answers400WithFormAndSavesNothing()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var before = await _portal.WithDbAsync(db => db.Establishments.CountAsync());
        var form = EstablishmentForm("true");
        form[0] = new("Name", "Cơ sở\0 có NUL");

        var response = await client.PostFormAsync("/Establishments/Create", form, "/Establishments/Create");

        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        Assert.Contains("value=\"Cơ sở có NUL\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _portal.WithDbAsync(db => db.Establishments.CountAsync()));
    }
}
