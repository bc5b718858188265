using System.Globalization;
using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The round and entry steps moved to controllers of their own (RoundStepsController, EntryStepsController) keep
/// their URLs: the pages' forms post to /ProductRounds/{step}/{id} and /ProductEntries/{step}/{id} as before, and
/// the new controllers' own names answer nothing. Also the two state rules the access table added: certificates are
/// issued only for a decided round, and a package is returned only while the round is open (409, nothing saved).
/// </summary>
public sealed class ProductStepRouteTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<int> ScoringRoundAsync() => portal.WithDbAsync(db => db.ProductRounds
        .Where(r => r.Year == 2026 && r.Level == RoundLevel.Provincial).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task RoundAndEntryPages_PostTheirStepsToTheUnchangedUrls()
    {
        var round = await ScoringRoundAsync();
        var organiser = await As(DemoAccounts.PhuThoDepartment);
        var page = await organiser.GetDocumentAsync($"/ProductRounds/Details/{round}");
        var actions = page.QuerySelectorAll("form[method='post']").Select(f => f.GetAttribute("action")).ToList();
        Assert.Contains(actions, a => a == $"/ProductRounds/AssignMember/{round}");
        Assert.Contains(actions, a => a == $"/RoundDecisions/QuorumException/{round}"
            || a == $"/ProductRounds/Decide/{round}");
        Assert.DoesNotContain(actions, a => a!.StartsWith("/RoundSteps", StringComparison.Ordinal));

        var entry = await portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == round)
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        var member = await As(DemoAccounts.Council);
        var entryPage = await member.GetDocumentAsync($"/ProductEntries/Details/{entry}");
        var entryActions = entryPage.QuerySelectorAll("form[method='post']").Select(f => f.GetAttribute("action"));
        Assert.Contains($"/ProductEntries/Recuse/{entry}", entryActions);
        var organiserEntry = await organiser.GetDocumentAsync($"/ProductEntries/Details/{entry}");
        Assert.Contains($"/ProductEntries/Eligibility/{entry}",
            organiserEntry.QuerySelectorAll("form[method='post']").Select(f => f.GetAttribute("action")));
    }

    [Fact]
    public async Task NewControllerNames_AnswerNoRoute()
    {
        var round = await ScoringRoundAsync();
        var organiser = await As(DemoAccounts.PhuThoDepartment);

        var response = await organiser.PostFormAsync($"/RoundSteps/StartScoring/{round}", [new("version", "1")],
            $"/ProductRounds/Details/{round}");

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
    }

    [Fact]
    public async Task IssueCertificates_RoundNotDecided_409RoundPageAndNothingSaved()
    {
        var round = await ScoringRoundAsync();
        var organiser = await As(DemoAccounts.PhuThoDepartment);
        var version = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.Version).SingleAsync());

        var response = await organiser.PostFormAsync($"/ProductRounds/IssueCertificates/{round}",
            [new("issueDate", "2026-11-20"), new("version", version.ToString(CultureInfo.InvariantCulture))],
            $"/ProductRounds/Details/{round}");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("sau khi có quyết định công nhận", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("2026-11-20", page.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(version, await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.Version).SingleAsync()));
    }

    [Fact]
    public async Task ReturnPackage_RoundNoLongerOpen_409PackagePageAndNothingSaved()
    {
        var (round, package) = await portal.WithDbAsync(async db =>
        {
            var northern = await db.ProductRounds.Where(r => r.Level == RoundLevel.Regional && r.Year == 2026)
                .Select(r => r.Id).SingleAsync();
            var id = await db.ProductNominations.Where(n => n.RoundId == northern
                && n.Status == NominationStatus.Submitted).Select(n => n.Id).FirstAsync();
            // The round moved on to scoring (as if the organiser had started it): a returned package could never
            // be sent again.
            await db.Database.ExecuteSqlRawAsync("UPDATE ProductRounds SET Status = {0} WHERE Id = {1}",
                (int)RoundStatus.Scoring, northern);
            return (northern, id);
        });
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var version = await portal.WithDbAsync(db => db.ProductNominations.Where(n => n.Id == package)
            .Select(n => n.Version).SingleAsync());

        var response = await ministry.PostFormAsync($"/NominationReview/Return/{package}",
            [new("reason", "Thiếu công văn"), new("version", version.ToString(CultureInfo.InvariantCulture))],
            $"/Nominations/Details/{package}");

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("không gửi lại được", page.QuerySelector("#refusal-reason")!.TextContent);
        Assert.Contains("Thiếu công văn", page.QuerySelector("#refused-values")!.TextContent);
        Assert.Equal(NominationStatus.Submitted, await portal.WithDbAsync(db => db.ProductNominations
            .Where(n => n.Id == package).Select(n => n.Status).SingleAsync()));
        Assert.True(round > 0);
    }
}
