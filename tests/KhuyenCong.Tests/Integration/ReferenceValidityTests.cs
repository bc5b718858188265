using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Records refer to the units and organisations of their date (DOMAIN §10): refusals on create, pickers by year or
/// date, and work in flight that still crosses the reform. The Phú Thọ department officer acts throughout: a current
/// province whose scope also holds the legacy Hòa Bình history, whatever happens to the Hòa Bình demo accounts.
/// </summary>
public sealed class ReferenceValidityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<int> UnitIdAsync(UnitGeneration generation, string code) =>
        portal.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Generation == generation && u.Code == code)
            .Select(u => u.Id).SingleAsync());

    private async Task<List<KeyValuePair<string, string>>> ProjectAsync(int year, string generation, string code,
        string implementer, string name = "Hỗ trợ máy sấy nông sản")
    {
        var fields = ProjectData.Draft(await portal.OrganisationIdAsync(implementer),
            await portal.ContentIdAsync("ND04"), null, name);
        fields.RemoveAll(f => f.Key is "Year" or "LocationGeneration" or "LocationCode");
        fields.AddRange([new("Year", year.ToString()), new("LocationGeneration", generation), new("LocationCode", code)]);
        return fields;
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
    }

    private Task<int> ProjectCountAsync() => portal.WithDbAsync(db => db.Projects.CountAsync());

    [Fact]
    public async Task CreateProject_2026InAbolishedDistrict_RefusedNamingWhereItIsToday()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var before = await ProjectCountAsync();

        var response = await client.PostFormAsync("/Projects/Create",
            await ProjectAsync(2026, "Legacy", "154", DemoOrganisations.PhuThoDepartment), "/Projects/Create");

        var errors = await ErrorsAsync(response);
        Assert.Contains("Huyện Cao Phong là đơn vị hành chính trước 01/07/2025, nay thuộc tỉnh Phú Thọ", errors);
        Assert.Contains("hồ sơ tại thời điểm 2026", errors);
        Assert.Equal(before, await ProjectCountAsync());
    }

    [Fact]
    public async Task CreateProject_2026ImplementedByLegacyProvincesDepartment_Refused()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var before = await ProjectCountAsync();

        var response = await client.PostFormAsync("/Projects/Create",
            await ProjectAsync(2026, "Current", "05089", DemoOrganisations.HoaBinhDepartment), "/Projects/Create");

        var errors = await ErrorsAsync(response);
        Assert.Contains(DemoOrganisations.HoaBinhDepartment, errors);
        Assert.Contains("2026", errors);
        Assert.Equal(before, await ProjectCountAsync());
    }

    [Fact]
    public async Task CreateProject_2021OnCurrentCommune_Refused()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var before = await ProjectCountAsync();

        var response = await client.PostFormAsync("/Projects/Create",
            await ProjectAsync(2021, "Current", "05089", DemoOrganisations.HoaBinhDepartment), "/Projects/Create");

        Assert.Contains("Xã Cao Phong là đơn vị hành chính từ 01/07/2025: hồ sơ tại thời điểm 2021 phải dùng " +
                        "đơn vị hành chính trước 01/07/2025.", await ErrorsAsync(response));
        Assert.Equal(before, await ProjectCountAsync());
    }

    [Fact]
    public async Task CreateProject_2025AcceptsBothGenerations_AndItsPageSaysWhichIsUsed()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);

        var legacy = await client.CreateDraftAsync(await ProjectAsync(2025, "Legacy", "154",
            DemoOrganisations.HoaBinhDepartment, "Chuyển tiếp – địa giới cũ"));
        var current = await client.CreateDraftAsync(await ProjectAsync(2025, "Current", "05089",
            DemoOrganisations.PhuThoDepartment, "Chuyển tiếp – địa giới mới"));

        var legacyPlace = (await client.GetDocumentAsync($"/Projects/Details/{legacy}"))
            .QuerySelector("#project-place")!.TextContent;
        Assert.Contains("Huyện Cao Phong, tỉnh Hoà Bình (trước 01/07/2025) – nay thuộc tỉnh Phú Thọ", legacyPlace);
        Assert.Contains("đề án dùng địa giới trước 01/07/2025", legacyPlace);
        var currentPlace = (await client.GetDocumentAsync($"/Projects/Details/{current}"))
            .QuerySelector("#project-place")!.TextContent;
        Assert.Contains("Xã Cao Phong, tỉnh Phú Thọ", currentPlace);
        Assert.Contains("đề án dùng địa giới từ 01/07/2025", currentPlace);
    }

    private static async Task<JsonElement> OptionsAsync(HttpClient client, int year)
    {
        var response = await client.GetAsync($"/Projects/Options?year={year}");
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string> Values(JsonElement options, string list, string field) =>
        options.GetProperty(list).EnumerateArray().Select(o => o.GetProperty(field).GetString()!).ToList();

    /// <summary>The location picker's units of a plan year (issue 15): the provinces, or one unit's children.</summary>
    private static async Task<List<(string Code, string Name, int Id)>> UnitsAsync(HttpClient client, int year,
        int? parent = null)
    {
        var response = await client.GetAsync($"/AdminUnits/Picker/Units?year={year}"
            + (parent is { } id ? $"&parentId={id}" : ""));
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(u => (u.GetProperty("code").GetString()!, u.GetProperty("name").GetString()!,
                u.GetProperty("id").GetInt32()))];
    }

    [Fact]
    public async Task ProjectPickers_OfferOnlyWhatThePlanYearMayUse()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var phuTho = (await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment)).ToString();
        var hoaBinh = (await portal.OrganisationIdAsync(DemoOrganisations.HoaBinhDepartment)).ToString();
        var district = (await portal.OrganisationIdAsync(DemoOrganisations.CaoPhongDistrict)).ToString();

        var in2026 = await OptionsAsync(client, 2026);
        Assert.Equal(["Current"], in2026.GetProperty("generations").EnumerateArray().Select(g => g.GetString()!));
        Assert.Contains(phuTho, Values(in2026, "organisations", "value"));
        Assert.DoesNotContain(hoaBinh, Values(in2026, "organisations", "value"));
        Assert.DoesNotContain(district, Values(in2026, "organisations", "value"));
        var provinces2026 = await UnitsAsync(client, 2026);
        var places2026 = await UnitsAsync(client, 2026, Assert.Single(provinces2026).Id);
        Assert.Contains("05089", places2026.Select(u => u.Code));
        Assert.DoesNotContain(provinces2026.Concat(places2026), u => u.Name.Contains("trước 01/07/2025"));

        var in2021 = await OptionsAsync(client, 2021);
        Assert.Equal(["Legacy"], in2021.GetProperty("generations").EnumerateArray().Select(g => g.GetString()!));
        Assert.Contains(hoaBinh, Values(in2021, "organisations", "value"));
        Assert.DoesNotContain(phuTho, Values(in2021, "organisations", "value"));
        var provinces2021 = await UnitsAsync(client, 2021);
        var places2021 = await UnitsAsync(client, 2021, provinces2021.Single(u => u.Code == "17").Id);
        Assert.Contains("154", places2021.Select(u => u.Code));
        Assert.All(provinces2021.Concat(places2021), u => Assert.EndsWith("(trước 01/07/2025)", u.Name));

        var in2025 = await OptionsAsync(client, 2025);
        Assert.Equal(["Legacy", "Current"], in2025.GetProperty("generations").EnumerateArray().Select(g => g.GetString()!));
        Assert.Contains(hoaBinh, Values(in2025, "organisations", "value"));
        Assert.Contains(phuTho, Values(in2025, "organisations", "value"));
    }

    [Fact]
    public async Task ProjectForm_2026_OffersNoLegacyUnitDistrictOrOldOrganisation()
    {
        var page = await (await As(DemoAccounts.PhuThoDepartment)).GetDocumentAsync("/Projects/Create?year=2026");

        var organisations = page.QuerySelectorAll("select[name=ImplementingOrganisationId] option")
            .Select(o => o.TextContent).ToList();
        Assert.Contains(DemoOrganisations.PhuThoDepartment, organisations);
        Assert.DoesNotContain(DemoOrganisations.CaoPhongDistrict, organisations);
        Assert.DoesNotContain(DemoOrganisations.HoaBinhDepartment, organisations);
        // The place is picked from the plan year's units (AdminUnits/Picker, tested above), following the year field;
        // no generation to choose and no typed code.
        Assert.NotNull(page.QuerySelector("fieldset[data-location-picker][data-year-input=Year]"));
        Assert.Null(page.QuerySelector("select[name=LocationGeneration]"));
        Assert.Equal("hidden", page.QuerySelector("input[name=LocationCode]")!.GetAttribute("type"));
    }

    [Fact]
    public async Task CreateKcdpPlan_2026ForLegacyHoaBinh_RefusedNamingPhuTho()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var hoaBinh = await UnitIdAsync(UnitGeneration.Legacy, "17");

        var response = await client.PostFormAsync("/Plans/Create",
            [new("Fund", "Kcdp"), new("Year", "2026"), new("Estimate", "500"), new("OwnerUnitId", hoaBinh.ToString())],
            tokenFromUrl: "/Plans/Create?fund=KCDP");

        Assert.Contains("Tỉnh Hoà Bình là đơn vị hành chính trước 01/07/2025, nay thuộc tỉnh Phú Thọ",
            await ErrorsAsync(response));
        Assert.False(await portal.WithDbAsync(db => db.AnnualPlans.AnyAsync(p => p.Year == 2026 && p.OwnerUnitId == hoaBinh)));
    }

    [Fact]
    public async Task PlanOwnerPicker_FollowsThePlanYear_AndALegacyProvincesPlanCanStillBeKept()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);

        static List<string> Enabled(IHtmlDocument page) => page.QuerySelectorAll("select[name=OwnerUnitId] option")
            .Where(o => !o.HasAttribute("disabled")).Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Tỉnh Phú Thọ"], Enabled(await client.GetDocumentAsync("/Plans/Create?fund=KCDP&year=2026")));
        var in2023 = Enabled(await client.GetDocumentAsync("/Plans/Create?fund=KCDP&year=2023"));
        Assert.Contains("Tỉnh Hoà Bình (Trước 01/07/2025)", in2023);
        Assert.Contains("Tỉnh Vĩnh Phúc (Trước 01/07/2025)", in2023);
        Assert.DoesNotContain("Tỉnh Phú Thọ", in2023);

        var vinhPhuc = await UnitIdAsync(UnitGeneration.Legacy, "26");
        var created = await client.PostFormAsync("/Plans/Create",
            [new("Fund", "Kcdp"), new("Year", "2019"), new("Estimate", "300"), new("OwnerUnitId", vinhPhuc.ToString())],
            tokenFromUrl: "/Plans/Create?fund=KCDP");
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, created.StatusCode == HttpStatusCode.OK ? await ErrorsAsync(created) : "");
        Assert.True(await portal.WithDbAsync(db => db.AnnualPlans.AnyAsync(p => p.Year == 2019 && p.OwnerUnitId == vinhPhuc)));
    }

    /// <summary>Phú Thọ's 2026 KCĐP plan: the demo's if it has one, else created through the form.</summary>
    private async Task<int> PhuTho2026PlanAsync(HttpClient client)
    {
        var phuTho = await UnitIdAsync(UnitGeneration.Current, "25");
        int? existing = await portal.WithDbAsync(db => db.AnnualPlans
            .Where(p => p.Year == 2026 && p.Fund == Fund.Kcdp && p.OwnerUnitId == phuTho)
            .Select(p => (int?)p.Id).SingleOrDefaultAsync());
        if (existing is { } id) return id;
        var created = await client.PostFormAsync("/Plans/Create",
            [new("Fund", "Kcdp"), new("Year", "2026"), new("Estimate", "2.000"), new("OwnerUnitId", phuTho.ToString())],
            tokenFromUrl: "/Plans/Create?fund=KCDP");
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        return int.Parse(Expect.Location(created).Split('/').Last());
    }

    private async Task<List<KeyValuePair<string, string>>> TrancheAsync(int plan, string date, int recipient) =>
    [
        new("Version", (await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan).Select(p => p.Version)
            .SingleAsync())).ToString()),
        new("Tranche", "9"), new("DecisionNumber", "88/QĐ-UBND"), new("DecisionDate", date),
        new("Items[0].RecipientId", recipient.ToString()), new("Items[0].Amount", "1"),
    ];

    [Fact]
    public async Task Allocate_2026MoneyToAbolishedDistrictsCommittee_RefusedNamingItsSuccessor()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var plan = await PhuTho2026PlanAsync(client);
        var district = await portal.OrganisationIdAsync(DemoOrganisations.CaoPhongDistrict);
        var before = await portal.AllocationCountAsync(plan);

        var offered = (await client.GetDocumentAsync($"/Plans/Allocate/{plan}"))
            .QuerySelectorAll("select[name='Items[0].RecipientId'] option").Where(o => !o.HasAttribute("disabled"))
            .Select(o => o.TextContent).ToList();
        Assert.Contains(offered, o => o.StartsWith(DemoOrganisations.PhuThoDepartment + " – "));
        Assert.DoesNotContain(offered, o => o.StartsWith(DemoOrganisations.CaoPhongDistrict));
        Assert.DoesNotContain(offered, o => o.StartsWith(DemoOrganisations.HoaBinhDepartment));

        var response = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, "2026-03-02", district), tokenFromUrl: "/");

        var errors = await ErrorsAsync(response);
        Assert.Contains(DemoOrganisations.CaoPhongDistrict, errors);
        Assert.Contains(DemoOrganisations.CaoPhongCommune, errors);
        Assert.Contains("02/03/2026", errors);
        Assert.Equal(before, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task AllocateForm_Of2021Plan_OffersThe2021Organisations()
    {
        var client = await As(DemoAccounts.MinistryOfficer);
        var plan = await portal.NationalPlanIdAsync();

        var offered = (await client.GetDocumentAsync($"/Plans/Allocate/{plan}"))
            .QuerySelectorAll("select[name='Items[0].RecipientId'] option").Where(o => !o.HasAttribute("disabled"))
            .Select(o => o.GetAttribute("value")).ToList();

        // By id: the legacy and the current Phú Thọ departments share the name "Sở Công Thương tỉnh Phú Thọ".
        var hoaBinh = await portal.OrganisationIdAsync(DemoOrganisations.HoaBinhDepartment);
        var phuThoToday = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        Assert.Contains(hoaBinh.ToString(), offered);
        Assert.DoesNotContain(phuThoToday.ToString(), offered);
    }

    [Fact]
    public async Task Allocate_ToCurrentDepartmentAfterTheReform_Saved()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var phuTho = await UnitIdAsync(UnitGeneration.Current, "25");
        var created = await client.PostFormAsync("/Plans/Create",
            [new("Fund", "Kcdp"), new("Year", "2027"), new("Estimate", "100"), new("OwnerUnitId", phuTho.ToString())],
            tokenFromUrl: "/Plans/Create?fund=KCDP");
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var plan = int.Parse(Expect.Location(created).Split('/').Last());
        var department = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);

        var response = await client.PostFormAsync($"/Plans/Allocate/{plan}",
            await TrancheAsync(plan, "2026-12-15", department), tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(1, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task SuccessorDepartment_AcceptsARunning2025HoaBinhProject()
    {
        // The 2021 KCĐP projects are settled and their year closed; the 2025 one is still running.
        var id = await portal.WithDbAsync(db => db.Projects
            .Where(p => p.Year == 2025 && p.Status == ProjectStatus.InProgress && p.Fund == Fund.Kcdp
                        && p.ProvinceCode == "17" && p.LocationUnit!.Generation == UnitGeneration.Legacy)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var client = await As(DemoAccounts.PhuThoDepartment);

        var response = await client.StepAsync(portal, id, "Accept",
            ("DecisionNumber", "12/BB-NT"), ("DecisionDate", "2026-10-20"), ("Comment", "Nghiệm thu sau sắp xếp"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(ProjectStatus.Accepted, (await portal.ProjectAsync(id)).Status);
    }

    private async Task<Project> CaoPhong2021ProjectAsync() =>
        await portal.WithDbAsync(db => db.Projects.AsNoTracking()
            .Where(p => p.Year == 2021 && p.LocationUnit!.Generation == UnitGeneration.Legacy
                        && p.LocationUnit.Code == "154")
            .OrderBy(p => p.Id).FirstAsync());

    [Fact]
    public async Task ProjectPageAndList_LegacyCaoPhong_SayWhereItIsToday()
    {
        var project = await CaoPhong2021ProjectAsync();
        var client = await As(DemoAccounts.MinistryOfficer);

        var place = (await client.GetDocumentAsync($"/Projects/Details/{project.Id}"))
            .QuerySelector("#project-place")!.TextContent;
        Assert.Contains("Huyện Cao Phong, tỉnh Hoà Bình (trước 01/07/2025) – nay thuộc tỉnh Phú Thọ", place);
        var list = (await client.GetDocumentAsync($"/Projects?year=2021&q={project.Code}"))
            .QuerySelectorAll(".project-place").Select(p => p.TextContent).ToList();
        Assert.Contains("Huyện Cao Phong (nay thuộc tỉnh Phú Thọ)", list);

        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = (await client.GetDocumentAsync($"/Projects/Details/{project.Id}"))
            .QuerySelector("#project-place")!.TextContent;
        Assert.Contains("Huyện Cao Phong, tỉnh Hoà Bình (before 01/07/2025) – now part of Phú Thọ province", english);
    }

    [Fact]
    public async Task PlanAndEstablishmentPages_LegacyUnits_SayWhereTheyAreToday()
    {
        var client = await As(DemoAccounts.MinistryOfficer);
        var plan = await portal.ProvincialPlanIdAsync("17");
        var establishment = await portal.WithDbAsync(db => db.Establishments
            .Where(e => e.AddressUnit!.Generation == UnitGeneration.Legacy && e.AddressUnit.ProvinceCode == "17"
                        && e.AddressUnit.Level == UnitLevel.Commune)
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());

        Assert.Contains("Tỉnh Hoà Bình (trước 01/07/2025) – nay thuộc tỉnh Phú Thọ",
            (await client.GetDocumentAsync($"/Plans/Details/{plan}")).QuerySelector("#plan-owner-place")!.TextContent);
        Assert.Contains("(trước 01/07/2025) – nay thuộc tỉnh Phú Thọ (",
            (await client.GetDocumentAsync($"/Establishments/Details/{establishment}"))
                .QuerySelector("#establishment-place")!.TextContent);

        // The lists, in the short form, for the successor department whose scope holds them.
        var successor = await As(DemoAccounts.PhuThoDepartment);
        var owners = (await successor.GetDocumentAsync("/Plans?year=2021&fund=KCDP"))
            .QuerySelectorAll(".plan-owner").Select(o => o.TextContent).ToList();
        Assert.Contains("Tỉnh Hoà Bình (nay thuộc tỉnh Phú Thọ)", owners);
        var name = await portal.WithDbAsync(db => db.Establishments.Where(e => e.Id == establishment)
            .Select(e => e.Name).SingleAsync());
        var places = (await successor.GetDocumentAsync($"/Establishments?q={Uri.EscapeDataString(name)}"))
            .QuerySelectorAll(".establishment-place").Select(p => p.TextContent).ToList();
        Assert.Contains(places, p => p.EndsWith("(nay thuộc tỉnh Phú Thọ)"));
    }

    [Fact]
    public async Task CreateEstablishment_OnLegacyCommune_RefusedNamingTodaysCommune()
    {
        var client = await As(DemoAccounts.PhuThoDepartment);
        var before = await portal.WithDbAsync(db => db.Establishments.CountAsync());
        var form = await client.GetDocumentAsync("/Establishments/Create");
        Assert.Null(form.QuerySelector("select[name=UnitGeneration] option[value=Legacy]"));

        var response = await client.PostFormAsync("/Establishments/Create",
            [new("Name", "Cơ sở mây tre mới"), new("LegalFormId", "1"), new("UnitGeneration", "Legacy"),
             new("UnitCode", "04831"), new("Version", "0")], "/Establishments/Create");

        Assert.Contains("Thị trấn Đà Bắc là đơn vị hành chính trước 01/07/2025, nay thuộc tỉnh Phú Thọ (Xã Đà Bắc)",
            await ErrorsAsync(response));
        Assert.Equal(before, await portal.WithDbAsync(db => db.Establishments.CountAsync()));
    }
}
