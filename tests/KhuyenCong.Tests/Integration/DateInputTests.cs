using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Dates are typed and shown as dd/MM/yyyy in every form (issue 15 item 1): the server reads them day first in
/// both languages and in query strings, says what is wrong with an impossible date, keeps what was typed, and no
/// form renders a native month-first <c>type=date</c> input.
/// </summary>
public sealed class DateInputTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    private static List<KeyValuePair<string, string>> Commendation(string recipient, string decisionDate) =>
    [
        new("Kind", "Individual"), new("Recipient", recipient), new("RecipientOrganisation", "HTX Cam Cao Phong"),
        new("Form", "Bằng khen của Chủ tịch UBND tỉnh"), new("PeriodFrom", "2016"), new("PeriodTo", "2020"),
        new("DecisionNumber", "88/QĐ-UBND"), new("DecisionDate", decisionDate), new("Reason", "Thành tích khuyến công"),
    ];

    private Task<DateOnly?> StoredDecisionDateAsync(string recipient) => portal.WithDbAsync(db => db.Commendations
        .Where(c => c.Recipient == recipient).Select(c => (DateOnly?)c.DecisionDate).SingleOrDefaultAsync());

    [Theory]
    [InlineData("Người Ngày Gõ", "02/04/2021")]
    [InlineData("Người Ngày Liền", "02042021")]
    [InlineData("Người Ngày ISO", "2021-04-02")]
    public async Task Post_DayFirstDate_StoredAsThatDay(string recipient, string typed)
    {
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await officer.PostFormAsync("/Commendations/Create", Commendation(recipient, typed), "/Commendations/Create");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(new DateOnly(2021, 4, 2), await StoredDecisionDateAsync(recipient));
    }

    [Fact]
    public async Task Post_ImpossibleDate_FormAgainWithTypedTextAndReasonNothingSaved()
    {
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await officer.PostFormAsync("/Commendations/Create", Commendation("Người Ngày Ba Mốt", "31/02/2021"), "/Commendations/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Ngày quyết định: không có ngày 31/02/2021 (nhập ngày theo dạng dd/MM/yyyy).", page.Body!.TextContent);
        Assert.Equal("31/02/2021", page.QuerySelector("input[name=DecisionDate]")!.GetAttribute("value"));
        Assert.Equal("Người Ngày Ba Mốt", page.QuerySelector("input[name=Recipient]")!.GetAttribute("value"));
        Assert.Null(await StoredDecisionDateAsync("Người Ngày Ba Mốt"));
    }

    [Fact]
    public async Task Post_ImpossibleAndUnreadableDatesInEnglish_ReasonsInEnglish()
    {
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);
        officer.DefaultRequestHeaders.Add("Cookie", English);

        var impossible = await officer.PostFormAsync("/Commendations/Create", Commendation("Người Ngày Anh", "30/02/2021"), "/Commendations/Create");
        var unreadable = await officer.PostFormAsync("/Commendations/Create", Commendation("Người Ngày Chữ", "2 April"), "/Commendations/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, impossible);
        var text = await impossible.Content.ReadAsStringAsync();
        Assert.Contains("there is no date 30/02/2021 (type dates as dd/MM/yyyy).", text);
        Assert.DoesNotContain("không có ngày", text);
        await Expect.StatusAsync(HttpStatusCode.OK, unreadable);
        Assert.Contains("must be a date as dd/MM/yyyy, e.g. 15/03/2026.", await unreadable.Content.ReadAsStringAsync());
        Assert.Null(await StoredDecisionDateAsync("Người Ngày Anh"));
        Assert.Null(await StoredDecisionDateAsync("Người Ngày Chữ"));
    }

    [Fact]
    public async Task AuditFilter_DayFirstInQueryString_ReadDayFirstAndShownBack()
    {
        var admin = portal.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        // MVC reads query strings in the invariant (month-first) culture: 03/04 must stay 3 April, not 4 March.
        var page = await admin.GetDocumentAsync("/AuditLog?from=03/04/2026&to=15032026");

        Assert.Equal("03/04/2026", page.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.Equal("15/03/2026", page.QuerySelector("input[name=to]")!.GetAttribute("value"));
        var bad = await admin.GetDocumentAsync("/AuditLog?from=31/04/2026");
        Assert.Contains("không có ngày 31/04/2026", bad.Body!.TextContent);
    }

    [Fact]
    public async Task Forms_EveryDateField_TextInputWithPickerNeverNativeDate()
    {
        var pages = new (string Account, string Url)[]
        {
            (DemoAccounts.HoaBinhDepartment, "/Projects/Create"),
            (DemoAccounts.HoaBinhDepartment, "/Commendations/Create"),
            (DemoAccounts.HoaBinhDepartment, "/SupportCaps/Create"),
            (DemoAccounts.HoaBinhDepartment, "/Programmes/Create"),
            (DemoAccounts.HoaBinhDepartment, "/Plans/Create"),
            (DemoAccounts.Admin, "/AuditLog"),
        };
        foreach (var (account, url) in pages)
        {
            var client = portal.CreateClient();
            await client.SignInAsync(account);
            var page = await client.GetDocumentAsync(url);
            Assert.Empty(page.QuerySelectorAll("input[type=date], input[type=datetime-local]"));
            var dates = page.QuerySelectorAll("input[data-date-picker]");
            Assert.True(dates.Length > 0, $"{url} has no date field");
            Assert.All(dates, input =>
            {
                Assert.Equal("text", input.GetAttribute("type"));
                Assert.Equal("dd/mm/yyyy", input.GetAttribute("placeholder"));
                Assert.Contains("dd/MM/yyyy", input.GetAttribute("data-val-kcdate"));
            });
        }
    }

    [Fact]
    public async Task EditForm_StoredDate_ShownDayFirst()
    {
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.MinistryOfficer);
        var plan = await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.DecisionDate != null && p.Year == 2026)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.DecisionDate }).FirstAsync());

        var page = await officer.GetDocumentAsync($"/Plans/Edit/{plan.Id}");

        var expected = plan.DecisionDate!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, page.QuerySelector("input[name=DecisionDate]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_UnreadableAmountInEnglish_ReasonInEnglishNothingSaved()
    {
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);
        officer.DefaultRequestHeaders.Add("Cookie", English);
        var before = await portal.WithDbAsync(db => db.Projects.CountAsync());

        var response = await officer.PostFormAsync("/Projects/Create",
            [new("Name", "Amount typed in words"), new("CostLines[0].Item", "Dryer"), new("CostLines[0].Total", "six hundred")],
            "/Projects/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("The amount &quot;six hundred&quot; is not valid: type millions of VND as 1.505 or 1505", text);
        Assert.DoesNotContain("Số tiền", text);
        Assert.Equal(before, await portal.WithDbAsync(db => db.Projects.CountAsync()));
    }
}
