using System.Globalization;
using System.Net;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>
/// The number and date of the signed document, recorded back by the drafting organisation and shown on the record's
/// page; a bad entry shows the form again with the typed values, and nobody else may record it.
/// </summary>
public sealed class SignedNumberTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Record_NumberAndDate_SavedAndShownOnTheProjectPage()
    {
        var (client, projectId, documentId) = await DraftAsync();

        var response = await client.PostFormAsync($"/Documents/Record/{documentId}",
            [new("SignedNumber", "125/QĐ-SCT"), new("SignedDate", "2099-03-20"), new("Version", "1")],
            tokenFromUrl: $"/Documents/Record/{documentId}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal($"/Projects/Details/{projectId}", Expect.Location(response));
        var saved = await portal.WithDbAsync(db => db.GeneratedDocuments.AsNoTracking().SingleAsync(d => d.Id == documentId));
        Assert.Equal("125/QĐ-SCT", saved.SignedNumber);
        Assert.Equal(new DateOnly(2099, 3, 20), saved.SignedDate);
        var page = await client.GetDocumentAsync($"/Projects/Details/{projectId}");
        Assert.Contains("125/QĐ-SCT", page.QuerySelector("#record-documents")!.TextContent);
    }

    [Fact]
    public async Task Record_DateBeforeTheDraft_FormAgainWithTheTypedNumberAndNothingSaved()
    {
        var (client, _, documentId) = await DraftAsync();

        var response = await client.PostFormAsync($"/Documents/Record/{documentId}",
            [new("SignedNumber", "7/QĐ-SCT"), new("SignedDate", "2001-01-02"), new("Version", "1")],
            tokenFromUrl: $"/Documents/Record/{documentId}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("trước ngày lập dự thảo", page.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal("7/QĐ-SCT", page.QuerySelector("#SignedNumber")!.GetAttribute("value"));
        var saved = await portal.WithDbAsync(db => db.GeneratedDocuments.AsNoTracking().SingleAsync(d => d.Id == documentId));
        Assert.Null(saved.SignedNumber);
    }

    [Fact]
    public async Task Record_MissingNumber_FormAgainAndNothingSaved()
    {
        var (client, _, documentId) = await DraftAsync();

        var response = await client.PostFormAsync($"/Documents/Record/{documentId}",
            [new("SignedNumber", ""), new("SignedDate", "2099-01-02"), new("Version", "1")],
            tokenFromUrl: $"/Documents/Record/{documentId}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Nhập số của văn bản đã ký.", await response.Content.ReadAsStringAsync());
        var saved = await portal.WithDbAsync(db => db.GeneratedDocuments.AsNoTracking().SingleAsync(d => d.Id == documentId));
        Assert.Null(saved.SignedDate);
    }

    [Fact]
    public async Task Record_OfficerOfAnotherOrganisation_ForbiddenAndNothingSaved()
    {
        var (_, _, documentId) = await DraftAsync();
        var other = await portal.ClientAsync(DemoAccounts.MinistryOfficer);

        var response = await other.PostFormAsync($"/Documents/Record/{documentId}",
            [new("SignedNumber", "9/QĐ-BCT"), new("SignedDate", "2099-01-02"), new("Version", "1")], tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var saved = await portal.WithDbAsync(db => db.GeneratedDocuments.AsNoTracking().SingleAsync(d => d.Id == documentId));
        Assert.Null(saved.SignedNumber);
    }

    /// <summary>The signed minutes' number and date fill the acceptance step's form (the officer still confirms).</summary>
    [Fact]
    public async Task Record_MinutesOfAProjectInProgress_AcceptanceFormStartsFromTheSignedNumber()
    {
        var projectId = await portal.WithDbAsync(db => db.Projects.Where(p => p.ProvinceCode == "25"
                && p.Fund == Fund.Kcdp && p.Status == ProjectStatus.InProgress
                && p.ImplementingOrganisation!.Kind != OrganisationKind.ProvincialDepartment)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        await client.DraftAsync(DocumentKind.AcceptanceMinutes, projectId);
        var documentId = await portal.WithDbAsync(db => db.GeneratedDocuments.Where(d => d.SubjectId == projectId
            && d.Kind == DocumentKind.AcceptanceMinutes).MaxAsync(d => d.Id));

        await client.PostFormAsync($"/Documents/Record/{documentId}",
            [new("SignedNumber", "31/BB-NT"), new("SignedDate", "2099-05-12"), new("Version", "1")],
            tokenFromUrl: $"/Documents/Record/{documentId}");

        var page = await client.GetDocumentAsync($"/Projects/Details/{projectId}");
        var form = page.QuerySelector("form[data-step='Accept']")!;
        Assert.Equal("31/BB-NT", form.QuerySelector("input[name='DecisionNumber']")!.GetAttribute("value"));
        Assert.Equal("12/05/2099", form.QuerySelector("input[name='DecisionDate']")!.GetAttribute("value"));
    }

    /// <summary>
    /// A tranche's decision and a round's recognition are drafted from a step already recorded: the form to record
    /// the signed number starts from that step's decision number and date.
    /// </summary>
    [Fact]
    public async Task Record_TrancheAndRecognitionDecisions_FormStartsFromTheStepsDecision()
    {
        var planId = await portal.PhuThoLocalPlanAsync();
        var tranche = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == planId && a.Tranche == 1
                && a.CorrectsId == null).OrderBy(a => a.DecisionDate).ThenBy(a => a.Id)
            .Select(a => new { a.DecisionNumber, a.DecisionDate }).FirstAsync());
        var phuTho = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        await phuTho.DraftAsync(DocumentKind.AllocationDecision, planId, 1);
        var allocationDoc = await LatestAsync(DocumentKind.AllocationDecision, planId);
        var roundId = await portal.HoaBinhRoundAsync();
        var round = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Id == roundId)
            .Select(r => new { r.DecisionNumber, r.DecisionDate }).SingleAsync());
        var hoaBinh = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);
        await hoaBinh.DraftAsync(DocumentKind.ProductRecognition, roundId);
        var roundDoc = await LatestAsync(DocumentKind.ProductRecognition, roundId);

        var form = await phuTho.GetDocumentAsync($"/Documents/Record/{allocationDoc}");
        Assert.Equal(tranche.DecisionNumber, form.QuerySelector("#SignedNumber")!.GetAttribute("value"));
        Assert.Equal(tranche.DecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            form.QuerySelector("#SignedDate")!.GetAttribute("value"));
        form = await hoaBinh.GetDocumentAsync($"/Documents/Record/{roundDoc}");
        Assert.Equal(round.DecisionNumber, form.QuerySelector("#SignedNumber")!.GetAttribute("value"));
        Assert.Equal(round.DecisionDate!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            form.QuerySelector("#SignedDate")!.GetAttribute("value"));
        // Only a start: nothing is recorded until the officer saves.
        Assert.Null(await portal.WithDbAsync(db => db.GeneratedDocuments.Where(d => d.Id == roundDoc)
            .Select(d => d.SignedNumber).SingleAsync()));
    }

    private Task<int> LatestAsync(DocumentKind kind, int subjectId) => portal.WithDbAsync(db => db.GeneratedDocuments
        .Where(d => d.SubjectId == subjectId && d.Kind == kind).MaxAsync(d => d.Id));

    private async Task<(HttpClient Client, int ProjectId, int DocumentId)> DraftAsync()
    {
        var projectId = await portal.SettledHoaBinhProjectAsync();
        var client = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);
        await client.DraftAsync(DocumentKind.ProjectApproval, projectId);
        var id = await portal.WithDbAsync(db => db.GeneratedDocuments.Where(d => d.SubjectId == projectId
            && d.Kind == DocumentKind.ProjectApproval).MaxAsync(d => d.Id));
        return (client, projectId, id);
    }
}
