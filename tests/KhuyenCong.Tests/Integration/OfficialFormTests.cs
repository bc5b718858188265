using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.ReferenceForms;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 14: the form numbers and instruments printed above the official tables are a dated reference list, seeded
/// with the text the portal printed, kept by administrators (audited, version-checked), and each export prints the
/// entry in force on its date. Each test works on its own form key, so their order does not matter.
/// </summary>
public sealed class OfficialFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Circular20 = "ban hành kèm theo Thông tư số 20/2017/TT-BCT";
    private const string NewInstrument = "ban hành kèm theo Thông tư số 99/2026/TT-BCT (thử)";

    private DateOnly Today => VietnamTime.Today(portal.Services.GetRequiredService<TimeProvider>());

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<List<OfficialForm>> EntriesAsync(string key) => portal.WithDbAsync(db =>
        db.OfficialForms.AsNoTracking().Where(f => f.Key == key).OrderBy(f => f.ValidFrom).ToListAsync());

    private static async Task<List<string>> ExcelTextsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
    }

    private static List<KeyValuePair<string, string>> Fields(long version, string number, string? instrument,
        DateOnly? from = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Version", version.ToString(CultureInfo.InvariantCulture)), new("Number", number),
            new("Instrument", instrument ?? ""),
        };
        if (from is { } f) fields.Add(new("From", Date(f)));
        return fields;
    }

    [Fact]
    public async Task Seeded_EveryFormInForce_AndMau1PrintsItsInstrument()
    {
        // The other tests replace some keys' entries; whatever the order, one entry of each key is in force today.
        var all = await portal.WithDbAsync(db => db.OfficialForms.AsNoTracking().ToListAsync());
        Assert.Equal(OfficialFormKeys.All.Order(), all.Where(f => f.InForceOn(Today)).Select(f => f.Key).Order());

        var admin = await AsAsync(DemoAccounts.Admin);
        var page = await admin.GetDocumentAsync("/ReferenceForms");
        Assert.Equal(all.Count, page.QuerySelectorAll("#official-forms tbody tr").Length);
        var menu = await admin.GetDocumentAsync("/");
        Assert.NotNull(menu.QuerySelector("nav.portal-nav a[href='/ReferenceForms']"));

        var projectId = await portal.WithDbAsync(db => db.Projects.Where(p => p.CostLines.Count > 0
            && p.ProvinceCode == "17").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var texts = await ExcelTextsAsync(await AsAsync(DemoAccounts.HoaBinhDepartment),
            $"/ProjectExports/CostEstimate/{projectId}");
        Assert.Contains($"Mẫu số 1 – {Circular20}", texts);
    }

    [Fact]
    public async Task Replace_FromToday_TodaysExportPrintsTheNewText_EarlierDatesKeepTheOld_Audited()
    {
        var current = Assert.Single(await EntriesAsync(OfficialFormKeys.Registration));
        var admin = await AsAsync(DemoAccounts.Admin);
        var url = $"/ReferenceForms/Replace/{current.Id}";
        var response = await admin.PostFormAsync(url, Fields(current.Version, "Mẫu số 02", NewInstrument, Today), url);
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);

        var entries = await EntriesAsync(OfficialFormKeys.Registration);
        Assert.Equal(2, entries.Count);
        Assert.Equal(Today.AddDays(-1), entries[0].ValidTo);
        Assert.Equal(("Mẫu số 02", NewInstrument, Today, (DateOnly?)null),
            (entries[1].Number, entries[1].Instrument, entries[1].ValidFrom, entries[1].ValidTo));
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.CountAsync(l => l.EntityType == nameof(OfficialForm)
            && (l.EntityKey == current.Id.ToString(CultureInfo.InvariantCulture)
                || l.EntityKey == entries[1].Id.ToString(CultureInfo.InvariantCulture)))) >= 2);

        var texts = await ExcelTextsAsync(await AsAsync(DemoAccounts.HoaBinhDepartment),
            "/ProjectExports/Registration?year=2021");
        Assert.Contains($"Mẫu số 02 – {NewInstrument}", texts);
        Assert.DoesNotContain(texts, t => t.Contains("20/2017", StringComparison.Ordinal));

        // A document dated yesterday (a frozen report's letter date, a job signed then) reads the old entry.
        using var scope = portal.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<OfficialFormCatalog>();
        var before = await catalog.InForceAsync(OfficialFormKeys.Registration, Today.AddDays(-1), default);
        Assert.Equal(("Mẫu số 2", Circular20), (before.Number, before.Instrument));
        var from = await catalog.InForceAsync(OfficialFormKeys.Registration, Today, default);
        Assert.Equal($"Mẫu số 02 – {NewInstrument}", from.Line);
    }

    [Fact]
    public async Task Replace_Refusals_FormAgainOr409_NothingSaved()
    {
        var current = Assert.Single(await EntriesAsync(OfficialFormKeys.Indicators));
        var admin = await AsAsync(DemoAccounts.Admin);
        var url = $"/ReferenceForms/Replace/{current.Id}";

        // A first day not after the current one's: the form again with the typed values and the reason.
        var early = await admin.PostFormAsync(url, Fields(current.Version, "Biểu số 02/BC-KC (mới)", "QĐ thử",
            current.ValidFrom), url);
        await Expect.StatusAsync(HttpStatusCode.OK, early);
        var page = PortalClientExtensions.ParseHtml(await early.Content.ReadAsStringAsync());
        Assert.Contains("phải sau ngày bắt đầu áp dụng", page.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("Biểu số 02/BC-KC (mới)", page.QuerySelector("input[name='Number']")!.GetAttribute("value"));
        Assert.Single(await EntriesAsync(OfficialFormKeys.Indicators));

        // No first day: the form again.
        var missing = await admin.PostFormAsync(url, Fields(current.Version, "Biểu số X", null), url);
        await Expect.StatusAsync(HttpStatusCode.OK, missing);
        Assert.Single(await EntriesAsync(OfficialFormKeys.Indicators));

        // Replaced once; the same (stale) page replacing again is a state refusal: 409, nothing more saved.
        var token = await admin.GetFormTokenAsync(url);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await admin.PostFormAsync(url,
            Fields(current.Version, "Biểu số 02/BC-KC", "QĐ thử", Today.AddDays(30)), url));
        var replaced = await EntriesAsync(OfficialFormKeys.Indicators);
        var ended = replaced[0];
        var stale = await admin.PostAsync(url, new FormUrlEncodedContent(
            [.. Fields(ended.Version, "Biểu số khác", null, Today.AddDays(60)),
                new("__RequestVerificationToken", token)]));
        await Expect.StatusAsync(HttpStatusCode.Conflict, stale);
        Assert.Contains("đã được thay từ ngày", await stale.Content.ReadAsStringAsync());
        Assert.Equal(2, (await EntriesAsync(OfficialFormKeys.Indicators)).Count);

        // The page offers no replacement of the ended entry.
        var list = await admin.GetDocumentAsync("/ReferenceForms");
        Assert.Null(list.QuerySelector($"a[href='/ReferenceForms/Replace/{ended.Id}']"));
        Assert.NotNull(list.QuerySelector($"a[href='/ReferenceForms/Replace/{replaced[1].Id}']"));
    }

    [Fact]
    public async Task Withdraw_AReplacementFromAWrongDay_PreviousInForceAgain_OtherCasesRefused_NothingChanged()
    {
        var first = Assert.Single(await EntriesAsync(OfficialFormKeys.Budget));
        var admin = await AsAsync(DemoAccounts.Admin);
        async Task<HttpResponseMessage> WithdrawAsync(HttpClient client, int id, long version)
        {
            var token = await client.GetFormTokenAsync("/ReferenceForms");
            return await client.PostAsync($"/ReferenceForms/Withdraw/{id}", new FormUrlEncodedContent([
                new("version", version.ToString(CultureInfo.InvariantCulture)),
                new("__RequestVerificationToken", token)]));
        }

        // The first entry of a form replaced nothing: a state refusal, nothing changed.
        await Expect.StatusAsync(HttpStatusCode.Conflict, await WithdrawAsync(admin, first.Id, first.Version));
        Assert.Single(await EntriesAsync(OfficialFormKeys.Budget));

        // A replacement typed with a wrong first day (a year late).
        var replace = $"/ReferenceForms/Replace/{first.Id}";
        await Expect.StatusAsync(HttpStatusCode.Redirect, await admin.PostFormAsync(replace,
            Fields(first.Version, "Biểu số 04 (nhầm)", "QĐ nhầm", Today.AddDays(400)), replace));
        var replaced = await EntriesAsync(OfficialFormKeys.Budget);
        var (ended, newest) = (replaced[0], replaced[1]);
        Assert.Equal(Today.AddDays(399), ended.ValidTo);
        var list = await admin.GetDocumentAsync("/ReferenceForms");
        Assert.Single(list.QuerySelectorAll($"form[action='/ReferenceForms/Withdraw/{newest.Id}']"));
        Assert.Empty(list.QuerySelectorAll($"form[action='/ReferenceForms/Withdraw/{ended.Id}']"));

        // Not an administrator: 403; the ended entry is not the newest: 409; a stale version: the conflict
        // message, nothing changed.
        var officer = await AsAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await officer.PostAsync(
            $"/ReferenceForms/Withdraw/{newest.Id}", new FormUrlEncodedContent([new("version", "1")])));
        await Expect.StatusAsync(HttpStatusCode.Conflict, await WithdrawAsync(admin, ended.Id, ended.Version));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await WithdrawAsync(admin, newest.Id, newest.Version + 1));
        Assert.Equal(2, (await EntriesAsync(OfficialFormKeys.Budget)).Count);

        var done = await WithdrawAsync(admin, newest.Id, newest.Version);

        await Expect.StatusAsync(HttpStatusCode.Redirect, done);
        var back = Assert.Single(await EntriesAsync(OfficialFormKeys.Budget));
        Assert.Equal((first.Id, first.Number, (DateOnly?)null), (back.Id, back.Number, back.ValidTo));
        var notice = await admin.GetDocumentAsync("/ReferenceForms");
        Assert.Contains($"Đã hủy nội dung áp dụng từ ngày {Date(newest.ValidFrom)}", notice.Body!.TextContent);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(a =>
            a.EntityType == nameof(OfficialForm) && a.EntityKey == newest.Id.ToString(CultureInfo.InvariantCulture)
            && a.NewValues == null)));
    }

    [Fact]
    public async Task Edit_CorrectsTheText_StaleVersionRefused_OthersForbidden_UnknownNotFound()
    {
        var current = Assert.Single(await EntriesAsync(OfficialFormKeys.Allocation));
        var admin = await AsAsync(DemoAccounts.Admin);
        var url = $"/ReferenceForms/Edit/{current.Id}";

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await admin.PostFormAsync(url, Fields(current.Version, "Biểu số 03/PB-KC", "QĐ số 1/QĐ-BCT"), url));
        var corrected = Assert.Single(await EntriesAsync(OfficialFormKeys.Allocation));
        Assert.Equal(("QĐ số 1/QĐ-BCT", current.ValidFrom), (corrected.Instrument, corrected.ValidFrom));

        // The version read before the correction: the conflict message, the stored text kept.
        var conflict = await admin.PostFormAsync(url, Fields(current.Version, "Biểu số cũ", null), url);
        await Expect.StatusAsync(HttpStatusCode.OK, conflict);
        Assert.NotNull(PortalClientExtensions.ParseHtml(await conflict.Content.ReadAsStringAsync())
            .QuerySelector(".validation-summary-errors"));
        Assert.Equal("QĐ số 1/QĐ-BCT", Assert.Single(await EntriesAsync(OfficialFormKeys.Allocation)).Instrument);

        // The number is required.
        var empty = await admin.PostFormAsync(url, Fields(corrected.Version, "", null), url);
        await Expect.StatusAsync(HttpStatusCode.OK, empty);
        Assert.Equal("Biểu số 03/PB-KC", Assert.Single(await EntriesAsync(OfficialFormKeys.Allocation)).Number);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await admin.GetAsync("/ReferenceForms/Edit/999999"));

        var officer = await AsAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await officer.GetAsync("/ReferenceForms"));
        var token = await officer.GetSignedInTokenAsync();
        var forbidden = await officer.PostAsync(url, new FormUrlEncodedContent(
            [.. Fields(corrected.Version, "Biểu số lạ", null), new("__RequestVerificationToken", token)]));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, forbidden);
        Assert.Equal("Biểu số 03/PB-KC", Assert.Single(await EntriesAsync(OfficialFormKeys.Allocation)).Number);
    }
}
