using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The council's work on the Phú Thọ 2026 round (in Scoring, hoidong.03 has scored every entry) and the organiser's
/// decision: refusals answer 409 (state) or re-show the form (bad input), and save nothing.
/// </summary>
public sealed class ProductScoringWorkflowTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    private Task<int> RoundIdAsync(int year) =>
        _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Year == year && r.Level == RoundLevel.Provincial).Select(r => r.Id).SingleAsync());

    private Task<List<int>> EntryIdsAsync(int roundId) =>
        _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == roundId).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());

    private Task<int> SheetCountAsync(int entryId) =>
        _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entryId).Select(e => e.Sheets.Count).SingleAsync());

    private static List<KeyValuePair<string, string>> Points(params int[] points) =>
        [.. points.Select(p => new KeyValuePair<string, string>("points", p.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Score_MemberValidSheet_SavedAndProgressShowsTwoOfThree()
    {
        var round = await RoundIdAsync(2026);
        var entry = (await EntryIdsAsync(round))[0];
        var member = await SignedInAsync(DemoAccounts.Council);

        var response = await member.PostFormAsync($"/ProductEntries/Score/{entry}", Points(35, 30, 8, 7), $"/ProductEntries/Details/{entry}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var (total, mean) = await _portal.WithDbAsync(async db => (
            await db.Set<ScoreSheet>().Where(s => s.EntryId == entry && s.MemberUserId == db.Users.Single(u => u.Email == DemoAccounts.Council).Id).Select(s => s.Total).SingleAsync(),
            await db.ProductEntries.Where(e => e.Id == entry).Select(e => e.MeanScore).SingleAsync()));
        Assert.Equal(80, total);
        Assert.Equal((75 + 80) / 2.0, mean);
        var organiser = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var row = (await organiser.GetDocumentAsync($"/ProductRounds/Details/{round}")).QuerySelector($"tr[data-entry-id='{entry}'] .progress-cell")!;
        Assert.Equal("2/3", row.TextContent.Trim());
    }

    [Fact]
    public async Task Score_PointOutOfRange_FormShownAgainWithMessageAndNothingSaved()
    {
        var round = await RoundIdAsync(2026);
        var entry = (await EntryIdsAsync(round))[1];
        var member = await SignedInAsync(DemoAccounts.Council);

        var response = await member.PostFormAsync($"/ProductEntries/Score/{entry}", Points(45, 30, 8, 7), $"/ProductEntries/Details/{entry}");

        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, response);
        var page = PortalClientExtensions.ParseHtml(await response.Content.ReadAsStringAsync());
        Assert.Contains("phải từ 0 đến 40", page.QuerySelector("#score-sheet")!.TextContent);
        Assert.Equal("45", page.QuerySelector("#points-0")!.GetAttribute("value"));
        Assert.Equal(1, await SheetCountAsync(entry));
    }

    [Fact]
    public async Task Score_AfterRecusal_Answers403AndNothingSaved()
    {
        var round = await RoundIdAsync(2026);
        var entry = (await EntryIdsAsync(round))[2];
        var member = await SignedInAsync(DemoAccounts.Council);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await member.PostFormAsync($"/ProductEntries/Recuse/{entry}", [new("reason", "Cơ sở của người thân")], $"/ProductEntries/Details/{entry}"));

        var response = await member.PostFormAsync($"/ProductEntries/Score/{entry}", Points(35, 30, 8, 7), $"/ProductEntries/Details/{entry}");

        // A declared conflict is about who acts on this entry (DOMAIN §3/§6), like self-scoring: 403.
        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Contains("xung đột lợi ích", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await SheetCountAsync(entry));
        var organiser = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var row = (await organiser.GetDocumentAsync($"/ProductRounds/Details/{round}")).QuerySelector($"tr[data-entry-id='{entry}'] .progress-cell")!;
        Assert.Equal("1/2", row.TextContent.Trim());
    }

    [Fact]
    public async Task Score_RoundClosed_Answers409()
    {
        var national = await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Level == RoundLevel.National).Select(r => r.Id).SingleAsync());
        var entry = await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == national && e.Recusals.Count == 0).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        var before = await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entry).Select(e => e.MeanScore).SingleAsync());
        var member = await SignedInAsync(DemoAccounts.Council);

        var response = await member.PostFormAsync($"/ProductEntries/Score/{entry}", Points(40, 40, 10, 10), $"/ProductEntries/Details/{entry}");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("không ở giai đoạn chấm điểm", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _portal.WithDbAsync(db => db.ProductEntries.Where(e => e.Id == entry).Select(e => e.MeanScore).SingleAsync()));
    }

    [Fact]
    public async Task Score_OfficerWithoutCouncilRole_Answers403()
    {
        var round = await RoundIdAsync(2026);
        var entry = (await EntryIdsAsync(round))[0];
        var officer = await SignedInAsync(DemoAccounts.PhuThoDepartment);

        var response = await officer.PostFormAsync($"/ProductEntries/Score/{entry}", Points(35, 30, 8, 7), $"/ProductEntries/Details/{entry}");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
    }

    [Fact]
    public async Task IssueCertificate_EntryBelowThreshold_Answers409AndNoCertificate()
    {
        var round = await RoundIdAsync(2026);
        var entries = await EntryIdsAsync(round);
        var member = await SignedInAsync(DemoAccounts.Council);
        // 75 from hoidong.03 and 40 here: mean 57.5, under the threshold of 70.
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await member.PostFormAsync($"/ProductEntries/Score/{entries[0]}", Points(15, 15, 5, 5), $"/ProductEntries/Details/{entries[0]}"));
        var organiser = await SignedInAsync(DemoAccounts.PhuThoDepartment);
        var version = await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Version).SingleAsync());
        // One member has not scored: the organiser decides under a recorded quorum exception.
        await Expect.StatusAsync(HttpStatusCode.Redirect, await organiser.PostFormAsync($"/RoundDecisions/QuorumException/{round}",
            [new("reason", "Thành viên thứ ba vắng mặt"), new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            $"/ProductRounds/Details/{round}"));
        version = await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Version).SingleAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await organiser.PostFormAsync($"/ProductRounds/Decide/{round}",
            [new("decisionNumber", "102/QĐ-SCT"), new("decisionDate", "2026-11-20"), new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            $"/ProductRounds/Details/{round}"));

        var response = await organiser.PostFormAsync($"/ProductEntries/IssueCertificate/{entries[0]}", [], $"/ProductEntries/Details/{entries[0]}");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("dưới ngưỡng 70", await response.Content.ReadAsStringAsync());
        var (status, certificates) = await _portal.WithDbAsync(async db => (
            await db.ProductRounds.Where(r => r.Id == round).Select(r => r.Status).SingleAsync(),
            await db.Certificates.CountAsync(c => c.Entry!.RoundId == round)));
        Assert.Equal(RoundStatus.Decided, status);
        Assert.Equal(0, certificates);

        // The recognised ones (quota 3, all three others ≥ 70) get theirs in one step, valid to 31/12/2029.
        version = await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Version).SingleAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await organiser.PostFormAsync($"/ProductRounds/IssueCertificates/{round}",
            [new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"/ProductRounds/Details/{round}"));
        var issued = await _portal.WithDbAsync(db => db.Certificates.Where(c => c.Entry!.RoundId == round).Select(c => c.ValidUntil).ToListAsync());
        Assert.Equal(3, issued.Count);
        Assert.All(issued, d => Assert.Equal(new DateOnly(2029, 12, 31), d));
    }

    [Fact]
    public async Task Decide_NotTheOrganiser_Answers403AndRoundUnchanged()
    {
        var round = await RoundIdAsync(2026);
        var version = await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Version).SingleAsync());
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);

        var response = await ministry.PostFormAsync($"/ProductRounds/Decide/{round}",
            [new("decisionNumber", "1/QĐ"), new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"/ProductRounds/Details/{round}");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(RoundStatus.Scoring, await _portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round).Select(r => r.Status).SingleAsync()));
    }
}
