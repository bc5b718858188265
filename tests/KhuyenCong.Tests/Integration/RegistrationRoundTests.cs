using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// DOMAIN §11 step 1: the ministry opens the KCQG registration of a plan year (one per year) with a deadline and a
/// figure for each of the 34 provinces; the provinces see the open round and its days left on their inbox and home
/// page. Every refusal saves nothing.
/// </summary>
public sealed class RegistrationRoundTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TestNow.Today;

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<int> RoundCountAsync() => portal.WithDbAsync(db => db.RegistrationRounds.CountAsync());

    [Fact]
    public async Task Open_ByMinistry_Saves34FiguresAndProvincesSeeDaysLeft()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);

        var response = await ministry.OpenRoundAsync(2027, Today.AddDays(12), "1.250");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var round = await portal.WithDbAsync(db => db.RegistrationRounds.AsNoTracking().Include(r => r.Figures)
            .SingleAsync(r => r.Year == 2027));
        Assert.Equal(34, round.Figures.Count);
        Assert.All(round.Figures, f => Assert.Equal(1_250_000_000, f.AmountDong));
        Assert.Equal(RegistrationRoundStatus.Open, round.Status);
        Assert.Equal(Today, round.OpenedOn);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l =>
            l.EntityType == nameof(RegistrationRound) && l.UserName == DemoAccounts.MinistryOfficer)));

        var province = await As(DemoAccounts.PhuThoDepartment);
        foreach (var page in new[] { "/Inbox", "/" })
        {
            var item = (await province.GetDocumentAsync(page))
                .QuerySelector("#registration-rounds [data-round='2027']");
            Assert.NotNull(item);
            Assert.Equal("12", item.QuerySelector("[data-days-left]")!.GetAttribute("data-days-left"));
            Assert.Equal("None", item.QuerySelector("[data-package-status]")!.GetAttribute("data-package-status"));
        }
        var list = await province.GetDocumentAsync("/Registration");
        Assert.NotNull(list.QuerySelector("#rounds [data-round='2027']"));
    }

    [Fact]
    public async Task Open_SecondRoundOfAYear_FormAgainNothingSaved()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var before = await RoundCountAsync();

        // The demo already has the 2026 round.
        var response = await ministry.OpenRoundAsync(2026, Today.AddDays(10));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Đã có đợt đăng ký kế hoạch KCQG cho năm này.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await RoundCountAsync());
    }

    [Fact]
    public async Task Open_ProvinceLeftBlankOrDeadlineMissing_FormAgainNothingSaved()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var before = await RoundCountAsync();

        var blank = await ministry.OpenRoundAsync(2029, Today.AddDays(10), blankAt: 5);
        var past = await ministry.OpenRoundAsync(2029, Today.AddDays(-1));

        await Expect.StatusAsync(HttpStatusCode.OK, blank);
        Assert.Contains("Hãy nhập số kiểm tra cho từng tỉnh", await blank.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.OK, past);
        Assert.Contains("trước ngày mở đăng ký", await past.Content.ReadAsStringAsync());
        Assert.Equal(before, await RoundCountAsync());
    }

    [Theory]
    [InlineData(DemoAccounts.PhuThoDepartment)]
    [InlineData(DemoAccounts.MinistryLeader)]
    public async Task Open_NotAMinistryOfficer_Returns403NothingSaved(string email)
    {
        var client = await As(email);
        var before = await RoundCountAsync();

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/Registration/Create"));
        var token = await client.GetFormTokenAsync("/");
        var response = await client.PostFormAsync("/Registration/Create",
            [new("Year", "2030"), new("Deadline", Today.AddDays(5).ToString("yyyy-MM-dd")),
                new("__RequestVerificationToken", token)],
            tokenFromUrl: null);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(before, await RoundCountAsync());
    }

    [Fact]
    public async Task LocalOfficer_HasNoRegistrationArea()
    {
        var local = await As(DemoAccounts.CaoPhongCommune);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await local.GetAsync("/Registration"));
    }

    [Fact]
    public async Task EditAndClose_ByMinistry_ThenAClosedRoundRefuses409NothingChanged()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var id = await ministry.OpenRoundIdAsync(portal, 2031, Today.AddDays(20));
        var edit = await ministry.GetDocumentAsync($"/Registration/Edit/{id}");
        var fields = edit.QuerySelectorAll("form input[name]").Where(i => i.GetAttribute("type") != "submit")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key != PortalClientExtensions.TokenField && f.Key != "Deadline").ToList();
        fields.Add(new("Deadline", Today.AddDays(40).ToString("yyyy-MM-dd")));

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await ministry.PostFormAsync($"/Registration/Edit/{id}", fields, tokenFromUrl: $"/Registration/Edit/{id}"));
        var version = await portal.WithDbAsync(db => db.RegistrationRounds.Where(r => r.Id == id)
            .Select(r => r.Version).SingleAsync());
        Assert.Equal(Today.AddDays(40), await portal.WithDbAsync(db => db.RegistrationRounds.Where(r => r.Id == id)
            .Select(r => r.Deadline).SingleAsync()));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync($"/Registration/Close/{id}",
            [new("version", version.ToString())], tokenFromUrl: "/"));
        var closed = await portal.WithDbAsync(db => db.RegistrationRounds.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(RegistrationRoundStatus.Closed, closed.Status);

        await Expect.StatusAsync(HttpStatusCode.Conflict, await ministry.GetAsync($"/Registration/Edit/{id}"));
        var again = await ministry.PostFormAsync($"/Registration/Close/{id}",
            [new("version", closed.Version.ToString())], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Conflict, again);
        var refused = await PortalClientExtensions.ParseHtmlAsync(again);
        Assert.Equal("409", refused.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.NotNull(refused.QuerySelector("#round-summary"));
        var after = await portal.WithDbAsync(db => db.RegistrationRounds.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(closed.Version, after.Version);
        // A closed round is no longer on the provinces' inbox.
        var province = await As(DemoAccounts.PhuThoDepartment);
        Assert.Null((await province.GetDocumentAsync("/Inbox"))
            .QuerySelector("#registration-rounds [data-round='2031']"));
    }
}
