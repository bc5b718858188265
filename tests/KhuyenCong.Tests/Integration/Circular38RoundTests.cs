using System.Globalization;
using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Product rounds under Circular 38/2025/TT-BCT (from 01/07/2025): no district level, commune rounds by the commune
/// committee, regional rounds that list their provinces and take entries only from them; old rounds keep their label.
/// </summary>
public sealed class Circular38RoundTests : IDisposable
{
    // Registers in the demo's 2026 regional round or a 2026 round of its own: a clock inside their windows.
    private readonly PortalFactory _portal = new() { Clock = ShiftedClock.InDemoRoundWindows() };

    public void Dispose() => _portal.Dispose();

    private const string CreateUrl = "/ProductRounds/Create";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<KeyValuePair<string, string>> RoundForm(string level, string region = "") =>
    [
        new("Level", level), new("Year", "2026"), new("Ordinal", "3"), new("Region", region),
        new("SubmissionOpens", "2026-01-01"), new("SubmissionCloses", "2026-12-31"), new("PassThreshold", "70"),
    ];

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<int> LocalRounds2026Async() =>
        _portal.WithDbAsync(db => db.ProductRounds.CountAsync(r => r.Level == RoundLevel.Local && r.Year == 2026));

    [Fact]
    public async Task Create_2026RoundByDistrictCommittee_RefusedCitingCircular38AndNothingSaved()
    {
        var district = await AsAsync(DemoAccounts.CaoPhongDistrict);
        // The form offers a district committee no level at all; a post of the lowest level still gets the reason.
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await district.GetAsync(CreateUrl));

        var response = await district.PostFormAsync(CreateUrl, RoundForm("Local"), "/");

        // An ended committee may be refused earlier, as read-only (403); otherwise the form names the rule.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden,
            response.StatusCode.ToString());
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var text = (await PortalClientExtensions.ParseHtmlAsync(response)).Body!.TextContent;
            Assert.Contains("Thông tư 38/2025/TT-BCT", text);
            Assert.Contains("không còn bình chọn cấp huyện", text);
            Assert.Contains(DemoOrganisations.CaoPhongDistrict, text);
        }
        Assert.Equal(0, await LocalRounds2026Async());
    }

    [Fact]
    public async Task Create_CommuneRoundByCommuneCommittee_AcceptedAndLabelledCommuneLevel()
    {
        var commune = await AsAsync(DemoAccounts.CaoPhongCommune);

        var response = await commune.PostFormAsync(CreateUrl, RoundForm("Local"), CreateUrl);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var round = await _portal.WithDbAsync(db => db.ProductRounds.AsNoTracking()
            .SingleAsync(r => r.Level == RoundLevel.Local && r.Year == 2026));
        Assert.Equal(await _portal.OrganisationIdAsync(DemoOrganisations.CaoPhongCommune), round.OrganiserId);
        var title = (await commune.GetDocumentAsync(Expect.Location(response))).QuerySelector("h1")!.TextContent;
        Assert.Contains("Cấp xã lần thứ 3 năm 2026", title);
        Assert.DoesNotContain("huyện", title);
    }

    [Fact]
    public async Task Create_CommuneRoundByDepartment_RefusedNamingTheSoAndNothingSaved()
    {
        var department = await AsAsync(DemoAccounts.PhuThoDepartment);

        var response = await department.PostFormAsync(CreateUrl, RoundForm("Local"), CreateUrl);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var text = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("Thông tư 38/2025/TT-BCT", text);
        Assert.Contains(DemoOrganisations.PhuThoDepartment + " không phải UBND cấp xã", text);
        Assert.Equal(0, await LocalRounds2026Async());
    }

    [Fact]
    public async Task Create_RegionalRoundWithoutProvinces_RefusedAndNothingSaved()
    {
        var ministry = await AsAsync(DemoAccounts.MinistryOfficer);
        var before = await _portal.WithDbAsync(db => db.ProductRounds.CountAsync());

        var response = await ministry.PostFormAsync("/ProductRounds/Create", RoundForm("Regional", "South"),
            "/ProductRounds/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("phải chọn các tỉnh, thành phố thuộc khu vực",
            (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal(before, await _portal.WithDbAsync(db => db.ProductRounds.CountAsync()));
    }

    /// <summary>Opens a 2026 regional round with the region's preset provinces, as the form ticks them.</summary>
    private async Task<(int Round, IReadOnlyList<string> Provinces)> OpenRegionalRoundAsync(string region)
    {
        var ministry = await AsAsync(DemoAccounts.MinistryOfficer);
        var form = await ministry.GetDocumentAsync($"/ProductRounds/Create?region={region}");
        var ticked = form.QuerySelectorAll("#round-provinces input[name=ProvinceIds]:checked")
            .Select(i => i.GetAttribute("value")!).ToList();
        Assert.NotEmpty(ticked);
        var fields = RoundForm("Regional", region);
        fields.AddRange(ticked.Select(id => new KeyValuePair<string, string>("ProvinceIds", id)));
        var response = await ministry.PostFormAsync("/ProductRounds/Create", fields, "/ProductRounds/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var round = int.Parse(Expect.Location(response).Split('/').Last(), CultureInfo.InvariantCulture);
        var names = await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .SelectMany(r => r.Provinces).Select(p => p.Name).ToListAsync());
        return (round, names);
    }

    /// <summary>The Hòa Bình (legacy) producer holding the still-valid provincial certificate HB-2025-001.</summary>
    private Task<(int Establishment, int Group)> HoaBinhCertifiedAsync() =>
        _portal.WithDbAsync(async db => (
            await db.Certificates.Where(c => c.Number == "HB-2025-001").Select(c => c.Entry!.EstablishmentId)
                .SingleAsync(),
            await db.ProductGroups.Where(g => g.Code == "CBNLTS").Select(g => g.Id).SingleAsync()));

    private static List<KeyValuePair<string, string>> Entry(int establishment, int group) =>
    [
        new("Name", "Cam Cao Phong"), new("GroupId", Id(group)), new("EstablishmentId", Id(establishment)),
        new("PrerequisiteNumber", "HB-2025-001"),
    ];

    [Fact]
    public async Task Register_HoaBinhProductInSouthernRound_RefusedNamingTheRoundsProvinces()
    {
        var (round, provinces) = await OpenRegionalRoundAsync("South");
        Assert.Contains("Thành phố Hồ Chí Minh", provinces);
        Assert.DoesNotContain("Tỉnh Phú Thọ", provinces);
        var (establishment, group) = await HoaBinhCertifiedAsync();
        var officer = await AsAsync(DemoAccounts.PhuThoDepartment);
        var url = $"/ProductEntries/Create?roundId={round}";
        // The form offers no producer outside the round's provinces.
        var picker = (await officer.GetDocumentAsync(url)).QuerySelectorAll("#EstablishmentId option")
            .Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
        Assert.DoesNotContain(Id(establishment), picker);

        var response = await officer.PostFormAsync(url, Entry(establishment, group), url);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var text = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("chỉ nhận sản phẩm của", text);
        Assert.Contains("Thành phố Hồ Chí Minh", text);
        Assert.Contains("Tỉnh Cà Mau", text);
        Assert.Contains("nay thuộc Tỉnh Phú Thọ", text);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.ProductEntries.CountAsync(e => e.RoundId == round)));
    }

    [Fact]
    public async Task Register_HoaBinhProductInNorthernRound_FoldedToPhuThoAndAccepted()
    {
        var (round, provinces) = await OpenRegionalRoundAsync("North");
        Assert.Contains("Tỉnh Phú Thọ", provinces);
        var (establishment, group) = await HoaBinhCertifiedAsync();
        var officer = await AsAsync(DemoAccounts.PhuThoDepartment);
        var url = $"/ProductEntries/Create?roundId={round}";
        var page = await officer.GetDocumentAsync(url);
        Assert.Contains(Id(establishment),
            page.QuerySelectorAll("#EstablishmentId option").Select(o => o.GetAttribute("value")));
        Assert.Contains("Tỉnh Phú Thọ", page.QuerySelector("#covered-provinces")!.TextContent);

        var response = await officer.PostFormAsync(url, Entry(establishment, group), url);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        // Recorded as entered (legacy Hòa Bình), counted for Phú Thọ only for the coverage check.
        var province = await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == round)
            .Select(e => new { e.ProvinceUnit!.Code, e.ProvinceUnit.Generation }).SingleAsync());
        Assert.Equal(("17", UnitGeneration.Legacy), (province.Code, province.Generation));
        // The statistics count it for Phú Thọ, one of the round's own provinces.
        var statistics = await officer.GetDocumentAsync($"/RoundResults/Statistics/{round}");
        var stats = statistics.QuerySelector("#stat-provinces")!.ParentElement!.TextContent.Trim();
        Assert.Equal($"1/{provinces.Count}", stats);
    }

    [Fact]
    public async Task RoundPages_RegionalRound_ListAndDetailsShowTheProvincesCovered()
    {
        var (round, _) = await OpenRegionalRoundAsync("CentralHighlands");
        var leader = await AsAsync(DemoAccounts.MinistryLeader);

        var list = await leader.GetDocumentAsync("/ProductRounds?year=2026&level=Regional");
        var details = await leader.GetDocumentAsync($"/ProductRounds/Details/{round}");

        var row = list.QuerySelectorAll("#rounds tbody tr")
            .Single(r => r.QuerySelector($"a[href='/ProductRounds/Details/{round}']") is not null);
        Assert.Contains("Thành phố Đà Nẵng", row.QuerySelector(".round-provinces")!.TextContent);
        Assert.Contains("Tỉnh Lâm Đồng", details.QuerySelector("#round-provinces")!.TextContent);
        Assert.DoesNotContain("Thành phố Hà Nội", details.QuerySelector("#round-provinces")!.TextContent);
        Assert.Contains("Thông tư 38/2025/TT-BCT", details.QuerySelector("#round-basis")!.TextContent);
    }

    [Fact]
    public async Task OldDistrictRoundOf2021_StillOpensAndKeepsItsLabel()
    {
        var round = await _portal.WithDbAsync(async db =>
        {
            var organiser = await db.Organisations.Include(o => o.ScopeUnit)
                .SingleAsync(o => o.Name == DemoOrganisations.CaoPhongDistrict);
            var criteria = await db.ScoreCriteria.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
                .Select(c => new RoundCriterion(c.Code, c.Name, c.MaxScore, c.SortOrder)).ToListAsync();
            var old = new ProductRound(RoundLevel.Local, 2021, 2, null, organiser, new(2021, 3, 1), new(2021, 4, 30),
                criteria, ProductRound.DefaultPassThreshold, null);
            db.ProductRounds.Add(old);
            await db.SaveChangesAsync();
            return old.Id;
        });
        var ministry = await AsAsync(DemoAccounts.MinistryOfficer);

        var list = await ministry.GetDocumentAsync("/ProductRounds?year=2021&level=Local");
        var details = await ministry.GetAsync($"/ProductRounds/Details/{round}");

        Assert.Contains("Cấp huyện/xã", list.QuerySelector($"a[href='/ProductRounds/Details/{round}']")!.TextContent);
        await Expect.StatusAsync(HttpStatusCode.OK, details);
        var page = await PortalClientExtensions.ParseHtmlAsync(details);
        Assert.Contains("Cấp huyện/xã lần thứ 2 năm 2021", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("trước 01/07/2025", page.QuerySelector("#round-basis")!.TextContent);
    }

    [Fact]
    public async Task Score_MemberScoringAnEntryTheyRegistered_Answers403AndNothingSaved()
    {
        var council = await _portal.FindUserAsync(DemoAccounts.Council);
        // The Phú Thọ 2026 round is being scored and the demo member sits on its council; one entry is made theirs.
        var entry = await _portal.WithDbAsync(async db =>
        {
            var id = await db.ProductEntries.Where(e => e.Round!.Year == 2026 && e.Round.Level == RoundLevel.Provincial
                    && e.Round.Status == RoundStatus.Scoring && e.Round.Members.Any(m => m.UserId == council!.Id))
                .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE ProductEntries SET RegisteredByUserId = {0} WHERE Id = {1}", council!.Id, id);
            return id;
        });
        var sheets = () => _portal.WithDbAsync(db => db.Set<ScoreSheet>().CountAsync(s => s.EntryId == entry));
        var before = await sheets();
        var member = await AsAsync(DemoAccounts.Council);
        var url = $"/ProductEntries/Details/{entry}";

        var response = await member.PostFormAsync($"/ProductEntries/Score/{entry}",
            [new("points", "35"), new("points", "35"), new("points", "8"), new("points", "8")], url);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Contains("chính mình đăng ký", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await sheets());
    }
}
