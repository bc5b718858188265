using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The establishments registry: scoped list and accent-free search, create and version-checked edit by officers in scope.</summary>
public sealed class EstablishmentTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<int> LegalFormIdAsync(string code) => _portal.WithDbAsync(db => db.LegalForms.Where(f => f.Code == code).Select(f => f.Id).SingleAsync());

    private static List<KeyValuePair<string, string>> Form(string name, int legalForm, string generation, string unitCode, string? taxCode = null, long version = 0) =>
    [
        new("Name", name), new("LegalFormId", legalForm.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("UnitGeneration", generation), new("UnitCode", unitCode), new("TaxCode", taxCode ?? ""),
        new("CraftVillage", "Làng nghề mây tre đan Phú Vinh"), new("OwnerIsWoman", "true"),
        new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task Create_OfficerInScope_SavesAndFindsItWithoutAccents()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var htx = await LegalFormIdAsync("HTX");

        var response = await client.PostFormAsync("/Establishments/Create", Form("Hợp tác xã Mây tre Đà Bắc", htx, "Current", "04831", "5400999001"), "/Establishments/Create");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var saved = await _portal.WithDbAsync(db => db.Establishments.AsNoTracking().SingleAsync(e => e.TaxCode == "5400999001"));
        Assert.Equal("hop tac xa may tre da bac", saved.SearchKey);
        Assert.True(saved.OwnerIsWoman);
        var list = (await client.GetDocumentAsync("/Establishments?q=may+tre+da+bac")).QuerySelector("table")!.TextContent;
        Assert.Contains("Hợp tác xã Mây tre Đà Bắc", list);
        var audited = await _portal.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EntityType == nameof(Establishment) && a.EntityKey == saved.Id.ToString()));
        Assert.True(audited);
    }

    [Fact]
    public async Task Create_UnitOutsideScope_ShowsFormErrorAndSavesNothing()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var before = await _portal.WithDbAsync(db => db.Establishments.CountAsync());

        // 00001 is Phường Phúc Xá, Hà Nội.
        var response = await client.PostFormAsync("/Establishments/Create", Form("Cơ sở ngoài tỉnh", await LegalFormIdAsync("HKD"), "Legacy", "00001"), "/Establishments/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("trong địa bàn bạn phụ trách", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _portal.WithDbAsync(db => db.Establishments.CountAsync()));
    }

    [Fact]
    public async Task Create_DuplicateTaxCode_ShowsFormError()
    {
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var taken = await _portal.WithDbAsync(db => db.Establishments.Where(e => e.TaxCode != null).Select(e => e.TaxCode!).FirstAsync());

        var response = await client.PostFormAsync("/Establishments/Create", Form("Công ty trùng mã", await LegalFormIdAsync("DNNVV"), "Legacy", "04831", taken), "/Establishments/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Mã số thuế này đã có", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Edit_StaleVersion_ShowsConcurrencyMessageAndKeepsTheOtherChange()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var id = await _portal.WithDbAsync(db => db.Establishments.Where(e => e.AddressUnit!.ProvinceCode == "17" && e.AddressUnit.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy).Select(e => e.Id).FirstAsync());
        var version = await _portal.WithDbAsync(db => db.Establishments.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        var hkd = await LegalFormIdAsync("HKD");
        var commune = await _portal.WithDbAsync(db => db.Establishments.Where(e => e.Id == id).Select(e => e.AddressUnit!.Code).SingleAsync());

        var first = await client.PostFormAsync($"/Establishments/Edit/{id}", Form("Tên mới thứ nhất", hkd, "Legacy", commune, version: version), $"/Establishments/Edit/{id}");
        var second = await client.PostFormAsync($"/Establishments/Edit/{id}", Form("Tên mới thứ hai", hkd, "Legacy", commune, version: version), $"/Establishments/Edit/{id}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, first);
        await Expect.StatusAsync(HttpStatusCode.OK, second);
        Assert.Contains("changed by someone else", await second.Content.ReadAsStringAsync());
        Assert.Equal("Tên mới thứ nhất", await _portal.WithDbAsync(db => db.Establishments.Where(e => e.Id == id).Select(e => e.Name).SingleAsync()));
    }

    [Fact]
    public async Task Details_OutsideScope_Returns404()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var foreign = await _portal.WithDbAsync(db => db.Establishments.Where(e => e.AddressUnit!.ProvinceCode == "01" && e.AddressUnit.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy).Select(e => e.Id).FirstAsync());

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Establishments/Details/{foreign}"));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Establishments/Edit/{foreign}"));
    }
}
