using System.Globalization;
using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The organiser's path through a round: open, assign the council, check eligibility, start scoring; refusals and stale pages.</summary>
public sealed class ProductRoundWorkflowTests : IDisposable
{
    // Registers in the demo's 2026 regional round or a 2026 round of its own: a clock inside their windows.
    private readonly PortalFactory _portal = new() { Clock = ShiftedClock.InDemoRoundWindows() };

    public void Dispose() => _portal.Dispose();

    private Task<long> VersionAsync(int round) => _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Version).SingleAsync());

    private static KeyValuePair<string, string> Version(long version) => new("version", version.ToString(CultureInfo.InvariantCulture));

    private async Task<(HttpClient Organiser, int Round)> OpenProvincialRoundAsync()
    {
        var organiser = _portal.CreateClient();
        // A 2026 provincial round: the Sở of a current province (Circular 38/2025/TT-BCT).
        await organiser.SignInAsync(DemoAccounts.PhuThoDepartment);
        var created = await organiser.PostFormAsync("/ProductRounds/Create",
        [
            new("Level", "Provincial"), new("Year", "2026"), new("Ordinal", "6"), new("SubmissionOpens", "2026-01-01"),
            new("SubmissionCloses", "2026-12-31"), new("PassThreshold", "75"), new("Quota", "10"),
        ], "/ProductRounds/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        return (organiser, int.Parse(Expect.Location(created).Split('/').Last(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task OpenAssignStartScoring_Organiser_RoundMovesToScoringWithDefaultCriteria()
    {
        var (organiser, round) = await OpenProvincialRoundAsync();
        var memberId = (await _portal.FindUserAsync(DemoAccounts.Council))!.Id;
        var url = $"/ProductRounds/Details/{round}";

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await organiser.PostFormAsync($"/ProductRounds/AssignMember/{round}", [new("memberId", memberId), Version(await VersionAsync(round))], url));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await organiser.PostFormAsync($"/ProductRounds/StartScoring/{round}", [Version(await VersionAsync(round))], url));

        var saved = await _portal.WithDbAsync(db => db.ProductRounds.Include(r => r.Members).AsNoTracking().SingleAsync(r => r.Id == round));
        Assert.Equal(RoundStatus.Scoring, saved.Status);
        Assert.Equal(RoundLevel.Provincial, saved.Level);
        Assert.Equal(75, saved.PassThreshold);
        Assert.Equal(10, saved.Quota);
        Assert.Equal([40, 40, 10, 10], saved.Criteria.Select(c => c.MaxScore));
        Assert.Equal([memberId], saved.Members.Select(m => m.UserId));
        // hoabinh.so works for Phú Thọ since 01/07/2025: the 2026 provincial round is Phú Thọ department's.
        Assert.Equal(await _portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment), saved.OrganiserId);
        var council = _portal.CreateClient();
        await council.SignInAsync(DemoAccounts.Council);
        await Expect.StatusAsync(HttpStatusCode.OK, await council.GetAsync(url));
    }

    [Fact]
    public async Task Close_RoundStillOpen_Answers409AndStateUnchanged()
    {
        var (organiser, round) = await OpenProvincialRoundAsync();

        var response = await organiser.PostFormAsync($"/ProductRounds/Close/{round}", [Version(await VersionAsync(round))], $"/ProductRounds/Details/{round}");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("Chỉ kết thúc vòng bình chọn đã có quyết định công nhận", await response.Content.ReadAsStringAsync());
        Assert.Equal(RoundStatus.Open, await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task StartScoring_StaleVersion_ShowsConcurrencyMessageAndStaysOpen()
    {
        var (organiser, round) = await OpenProvincialRoundAsync();
        var stale = await VersionAsync(round);
        var memberId = (await _portal.FindUserAsync(DemoAccounts.Council))!.Id;
        var url = $"/ProductRounds/Details/{round}";
        await organiser.PostFormAsync($"/ProductRounds/AssignMember/{round}", [new("memberId", memberId), Version(stale)], url);

        var response = await organiser.PostFormAsync($"/ProductRounds/StartScoring/{round}", [Version(stale)], url);

        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("changed by someone else", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Equal(RoundStatus.Open, await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Status).SingleAsync()));
    }

    /// <summary>Registers a Hòa Bình food product in the round through the form; returns the entry's page.</summary>
    private async Task<string> RegisterEntryAsync(HttpClient organiser, int round, string name)
    {
        var (establishment, group) = await _portal.WithDbAsync(async db => (
            await db.Establishments.Where(e => e.AddressUnit!.ProvinceCode == "17" && e.AddressUnit.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy).Select(e => e.Id).FirstAsync(),
            await db.ProductGroups.Where(g => g.Code == "CBNLTS").Select(g => g.Id).SingleAsync()));
        var form = $"/ProductEntries/Create?roundId={round}";
        var created = await organiser.PostFormAsync(form,
            [new("Name", name), new("GroupId", group.ToString(CultureInfo.InvariantCulture)), new("EstablishmentId", establishment.ToString(CultureInfo.InvariantCulture))], form);
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        return Expect.Location(created);
    }

    [Fact]
    public async Task Eligibility_IneligibleWithReason_ShownOnTheEntry()
    {
        var (organiser, round) = await OpenProvincialRoundAsync();
        var entry = await RegisterEntryAsync(organiser, round, "Mật ong hoa nhãn");

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await organiser.PostFormAsync(entry.Replace("Details", "Eligibility", StringComparison.Ordinal), [new("eligible", "false"), new("reason", "Thiếu giấy chứng nhận an toàn thực phẩm")], entry));

        var text = (await organiser.GetDocumentAsync(entry)).Body!.TextContent;
        Assert.Contains("Không đủ điều kiện", text);
        Assert.Contains("Thiếu giấy chứng nhận an toàn thực phẩm", text);
    }

    [Fact]
    public async Task Eligibility_FromAStalePage_RefusedAndTheFirstDecisionKept()
    {
        var (organiser, round) = await OpenProvincialRoundAsync();
        var entry = await RegisterEntryAsync(organiser, round, "Chè Shan tuyết");
        var entryId = int.Parse(entry.Split('/').Last(), CultureInfo.InvariantCulture);
        var shown = await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entryId).Select(e => e.Version).SingleAsync());
        var eligibility = entry.Replace("Details", "Eligibility", StringComparison.Ordinal);

        await organiser.PostFormAsync(eligibility, [new("eligible", "true"), new("version", shown.ToString(CultureInfo.InvariantCulture))], entry);
        var stale = await organiser.PostFormAsync(eligibility,
            [new("eligible", "false"), new("reason", "Trùng hồ sơ"), new("version", shown.ToString(CultureInfo.InvariantCulture))], entry);

        // The entry's page again with the conflict and the reason typed, not a redirect losing it.
        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, stale);
        var page = await PortalClientExtensions.ParseHtmlAsync(stale);
        Assert.Contains("changed by someone else", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("Trùng hồ sơ", page.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(EligibilityStatus.Eligible, await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entryId).Select(e => e.Eligibility).SingleAsync()));
    }

    [Fact]
    public async Task EditEntry_WhileOpenSaved_AfterScoringStarts409()
    {
        var (organiser, round) = await OpenProvincialRoundAsync();
        var (establishment, group) = await _portal.WithDbAsync(async db => (
            await db.Establishments.Where(e => e.AddressUnit!.ProvinceCode == "17" && e.AddressUnit.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy).Select(e => e.Id).FirstAsync(),
            await db.ProductGroups.Where(g => g.Code == "CBNLTS").Select(g => g.Id).SingleAsync()));
        var form = $"/ProductEntries/Create?roundId={round}";
        var created = await organiser.PostFormAsync(form,
            [new("Name", "Mật ong"), new("GroupId", group.ToString(CultureInfo.InvariantCulture)), new("EstablishmentId", establishment.ToString(CultureInfo.InvariantCulture))], form);
        var entryId = int.Parse(Expect.Location(created).Split('/').Last(), CultureInfo.InvariantCulture);
        async Task<List<KeyValuePair<string, string>>> EditAsync(string name) =>
        [
            new("Name", name), new("GroupId", group.ToString(CultureInfo.InvariantCulture)), new("Description", "Mật ong hoa rừng"),
            Version(await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entryId).Select(e => e.Version).SingleAsync())),
        ];

        var saved = await organiser.PostFormAsync($"/ProductEntries/Edit/{entryId}", await EditAsync("Mật ong hoa rừng Đà Bắc"), $"/ProductEntries/Edit/{entryId}");
        var memberId = (await _portal.FindUserAsync(DemoAccounts.Council))!.Id;
        await organiser.PostFormAsync($"/ProductRounds/AssignMember/{round}", [new("memberId", memberId), Version(await VersionAsync(round))], $"/ProductRounds/Details/{round}");
        await organiser.PostFormAsync($"/ProductRounds/StartScoring/{round}", [Version(await VersionAsync(round))], $"/ProductRounds/Details/{round}");
        var refused = await organiser.PostFormAsync($"/ProductEntries/Edit/{entryId}", await EditAsync("Tên sau hạn"), $"/ProductEntries/Details/{entryId}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, saved);
        await Expect.StatusAsync(HttpStatusCode.Conflict, refused);
        Assert.Equal("Mật ong hoa rừng Đà Bắc", await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entryId).Select(e => e.Name).SingleAsync()));
    }

    [Fact]
    public async Task Registry_EnglishCulture_ShowsTranslatedLabels()
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await client.GetDocumentAsync("/registry");

        Assert.Contains("Recognised typical rural industrial products", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Certificate number", page.QuerySelector("#registry thead")!.TextContent);
    }
}
