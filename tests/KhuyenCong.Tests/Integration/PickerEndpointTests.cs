using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 15 item 6: the beneficiary picker's search (paged, in scope) and "add new", and the cascading location picker
/// (province → commune, districts for legacy years), always within the user's scope; the project form uses them.
/// </summary>
public sealed class PickerEndpointTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private sealed record Item(int Id, string Text, string Unit);
    private sealed record Page(List<Item> Items, bool More);
    private sealed record Unit(int Id, string Code, string Name, string Level, string Generation, bool InScope);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<T> JsonAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return (await response.Content.ReadFromJsonAsync<T>(Web))!;
    }

    /// <summary>An establishment of Hà Nội (current province 01), outside Phú Thọ's scope.</summary>
    private Task<(int Id, string Name)> HaNoiEstablishmentAsync() => portal.WithDbAsync(async db =>
    {
        var e = await db.Establishments.Where(x => x.AddressUnit!.ProvinceCode == "01"
            && x.AddressUnit.Generation == UnitGeneration.Current).OrderBy(x => x.Id)
            .Select(x => new { x.Id, x.Name }).FirstAsync();
        return (e.Id, e.Name);
    });

    [Fact]
    public async Task Search_OutsideScope_NotListed_NationwideListsIt()
    {
        var (id, name) = await HaNoiEstablishmentAsync();
        var phuTho = await As(DemoAccounts.PhuThoDepartment);
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var url = $"/Establishments/Picker/Search?q={Uri.EscapeDataString(name)}";

        Assert.DoesNotContain((await JsonAsync<Page>(phuTho, url)).Items, i => i.Id == id);
        Assert.Contains((await JsonAsync<Page>(ministry, url)).Items, i => i.Id == id);
    }

    [Fact]
    public async Task Search_WithoutDiacritics_FindsByName_OrTaxCode()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);

        var byName = await JsonAsync<Page>(client, "/Establishments/Picker/Search?q=HOP%20TAC%20XA%20CAM%20CAO%20PHONG");
        var byTax = await JsonAsync<Page>(client, "/Establishments/Picker/Search?q=5400412345");

        Assert.Contains(byName.Items, i => i.Text == "Hợp tác xã Cam Cao Phong – MST 5400412345");
        Assert.Equal("Hợp tác xã Cam Cao Phong – MST 5400412345", Assert.Single(byTax.Items).Text);
    }

    [Fact]
    public async Task Search_Paged_TwentyAPageInNameOrder_NoRepeats()
    {
        var client = await As(DemoAccounts.MinistryOfficer);

        var first = await JsonAsync<Page>(client, "/Establishments/Picker/Search");
        var second = await JsonAsync<Page>(client, "/Establishments/Picker/Search?page=2");

        Assert.Equal(20, first.Items.Count);
        Assert.True(first.More);
        Assert.NotEmpty(second.Items);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        var ids = first.Items.Concat(second.Items).Select(i => i.Id).ToList();
        var keys = await portal.WithDbAsync(db => db.Establishments.Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.SearchKey));
        Assert.Equal(ids.OrderBy(id => keys[id], StringComparer.Ordinal).ThenBy(id => id), ids);
    }

    [Fact]
    public async Task Pickers_Administrator_Forbidden()
    {
        var admin = await As(DemoAccounts.Admin);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await admin.GetAsync("/Establishments/Picker/Search?q=a"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await admin.GetAsync("/AdminUnits/Picker/Units"));
    }

    private async Task<List<KeyValuePair<string, string>>> NewEstablishmentAsync(string name, string communeCode)
    {
        var legalForm = await portal.WithDbAsync(db => db.LegalForms.Where(f => f.Code == "HKD").Select(f => f.Id)
            .SingleAsync());
        return [new("Name", name), new("LegalFormId", legalForm.ToString()), new("UnitGeneration", "Current"),
                new("UnitCode", communeCode), new("Address", "Thôn Mới")];
    }

    /// <summary>A current commune of a province: Phú Thọ's Cao Phong (05089), Hà Nội's first.</summary>
    private Task<string> CommuneAsync(string province) => portal.WithDbAsync(db => db.AdministrativeUnits
        .Where(u => u.Generation == UnitGeneration.Current && u.Level == UnitLevel.Commune && u.ProvinceCode == province)
        .OrderBy(u => u.Code).Select(u => u.Code).FirstAsync());

    [Fact]
    public async Task AddNew_InScope_SavedAuditedAndReturnedForThePicker()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var fields = await NewEstablishmentAsync("Hợp tác xã Chè Xanh Mới", "05089");

        var response = await client.PostFormAsync("/Establishments/Picker/Create", fields, tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var item = (await response.Content.ReadFromJsonAsync<Item>(Web))!;
        Assert.Equal("Hợp tác xã Chè Xanh Mới", item.Text);
        var saved = await portal.WithDbAsync(db => db.Establishments.Include(e => e.AddressUnit)
            .SingleAsync(e => e.Id == item.Id));
        Assert.Equal(("05089", UnitGeneration.Current), (saved.AddressUnit!.Code, saved.AddressUnit.Generation));
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l => l.EntityType == "Establishment"
            && l.EntityKey == item.Id.ToString() && l.UserName == DemoAccounts.PhuThoDepartment)));
        var found = await JsonAsync<Page>(client, "/Establishments/Picker/Search?q=che%20xanh%20moi");
        Assert.Contains(found.Items, i => i.Id == item.Id);
    }

    [Fact]
    public async Task AddNew_OutsideScopeOrMissingName_400WithReasons_NothingSaved()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var before = await portal.WithDbAsync(db => db.Establishments.CountAsync());
        var haNoi = await CommuneAsync("01");

        var outside = await client.PostFormAsync("/Establishments/Picker/Create",
            await NewEstablishmentAsync("Cơ sở ngoài địa bàn", haNoi), tokenFromUrl: "/");
        var unnamed = await client.PostFormAsync("/Establishments/Picker/Create",
            await NewEstablishmentAsync("", "05089"), tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.BadRequest, outside);
        var errors = JsonDocument.Parse(await outside.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains($"Không có đơn vị hành chính mã {haNoi} trong địa bàn bạn phụ trách.",
            errors.GetProperty("UnitCode").EnumerateArray().Select(e => e.GetString()));
        await Expect.StatusAsync(HttpStatusCode.BadRequest, unnamed);
        Assert.True(JsonDocument.Parse(await unnamed.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .TryGetProperty("Name", out _));
        Assert.Equal(before, await portal.WithDbAsync(db => db.Establishments.CountAsync()));
    }

    [Fact]
    public async Task AddNew_Leader_Forbidden_NothingSaved()
    {
        var client = await As(DemoAccounts.HoaBinhLeader);
        var before = await portal.WithDbAsync(db => db.Establishments.CountAsync());

        var response = await client.PostFormAsync("/Establishments/Picker/Create",
            await NewEstablishmentAsync("Cơ sở của lãnh đạo", "05089"), tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(before, await portal.WithDbAsync(db => db.Establishments.CountAsync()));
    }

    [Fact]
    public async Task Units_Department2026_OnlyItsCurrentProvince_ThenItsCommunes()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);

        var provinces = await JsonAsync<List<Unit>>(client, "/AdminUnits/Picker/Units?year=2026");
        var phuTho = Assert.Single(provinces);
        var communes = await JsonAsync<List<Unit>>(client, $"/AdminUnits/Picker/Units?year=2026&parentId={phuTho.Id}");

        Assert.Equal(("25", "current", true), (phuTho.Code, phuTho.Generation, phuTho.InScope));
        Assert.True(communes.Count > 100, $"{communes.Count} communes");
        Assert.All(communes, c => Assert.Equal(("commune", "current"), (c.Level, c.Generation)));
        Assert.Contains(communes, c => c.Code == "05089");
    }

    [Fact]
    public async Task Units_Department2024_LegacyProvincesThenDistricts_2025OffersBoth()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);

        var legacy = await JsonAsync<List<Unit>>(client, "/AdminUnits/Picker/Units?year=2024");
        var hoaBinh = Assert.Single(legacy, u => u.Code == "17");
        var districts = await JsonAsync<List<Unit>>(client, $"/AdminUnits/Picker/Units?year=2024&parentId={hoaBinh.Id}");
        var transition = await JsonAsync<List<Unit>>(client, "/AdminUnits/Picker/Units?year=2025");

        Assert.All(legacy, u => Assert.Equal("legacy", u.Generation));
        Assert.Contains("(trước 01/07/2025)", hoaBinh.Name);
        Assert.Contains(districts, d => d.Code == "154" && d.Level == "district");
        Assert.Equal(new[] { "current", "legacy" }, transition.Select(u => u.Generation).Distinct().Order());
    }

    [Fact]
    public async Task Units_CommuneOfficer_ProvinceOnlyLeadsToItsCommune_OutsideParentEmpty()
    {
        var commune = await As(DemoAccounts.CaoPhongCommune);
        var phuTho = await As(DemoAccounts.PhuThoDepartment);
        var haNoi = await portal.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Generation == UnitGeneration.Current
            && u.Code == "01").Select(u => u.Id).SingleAsync());

        var province = Assert.Single(await JsonAsync<List<Unit>>(commune, "/AdminUnits/Picker/Units?year=2026"));
        var communes = await JsonAsync<List<Unit>>(commune, $"/AdminUnits/Picker/Units?year=2026&parentId={province.Id}");
        var outside = await JsonAsync<List<Unit>>(phuTho, $"/AdminUnits/Picker/Units?year=2026&parentId={haNoi}");

        Assert.False(province.InScope);
        Assert.Equal("05089", Assert.Single(communes).Code);
        Assert.Empty(outside);
    }

    [Fact]
    public async Task ProjectForm_RefusedSave_KeepsChosenPlaceAndBeneficiaries_NoTypedCodeField()
    {
        var client = await As(DemoAccounts.HoaBinhDepartment);
        var beneficiary = await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong");
        var fields = ProjectData.Draft(await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment),
            await portal.ContentIdAsync("ND04"), beneficiary);
        fields.RemoveAll(f => f.Key == "Name");

        var response = await client.PostFormAsync("/Projects/Create", fields, tokenFromUrl: "/Projects/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Null(page.QuerySelector("input[type=text][name=LocationCode], input:not([type])[name=LocationCode]"));
        Assert.Equal("154", ((IHtmlInputElement)page.QuerySelector("input[type=hidden][name=LocationCode]")!).Value);
        Assert.Equal("Legacy", ((IHtmlInputElement)page.QuerySelector("input[type=hidden][name=LocationGeneration]")!).Value);
        Assert.Contains("Bình (trước 01/07/2025)", page.QuerySelector("#location-province option[selected]")!.TextContent);
        Assert.Contains("Cao Phong", page.QuerySelector("#location-district option[selected]")!.TextContent);
        var chosen = page.QuerySelectorAll("select[name=BeneficiaryIds] option").ToList();
        Assert.Equal(beneficiary.ToString(), Assert.Single(chosen).GetAttribute("value"));
        Assert.True(chosen[0].HasAttribute("selected"));
        Assert.NotNull(page.QuerySelector("#establishment-quick-add form"));
    }
}
