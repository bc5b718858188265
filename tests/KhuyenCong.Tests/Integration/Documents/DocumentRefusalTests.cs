using System.Net;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>
/// Drafting refused: outside scope 404, not the record's keeper or not an officer 403, a record not at that stage
/// 409. Nothing is recorded in any case.
/// </summary>
public sealed class DocumentRefusalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Generate_ProjectOutsideScope_NotFoundAndNothingRecorded()
    {
        var id = await portal.ProjectOutsidePhuThoAsync();
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var before = await portal.GeneratedCountAsync();

        var response = await client.GenerateAsync(DocumentKind.ProjectApproval, id);

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        Assert.Equal(before, await portal.GeneratedCountAsync());
    }

    [Fact]
    public async Task Generate_Leader_ForbiddenAndNothingRecorded()
    {
        var id = await portal.SettledHoaBinhProjectAsync();
        var client = await portal.ClientAsync(DemoAccounts.HoaBinhLeader);
        var before = await portal.GeneratedCountAsync();

        var response = await client.GenerateAsync(DocumentKind.ProjectApproval, id);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(before, await portal.GeneratedCountAsync());
    }

    /// <summary>A KCĐP project is approved by the province: the ministry may read it but not draft its decision.</summary>
    [Fact]
    public async Task Generate_ProjectDocumentNotTheUsersStep_ForbiddenAndNothingRecorded()
    {
        var id = await portal.SettledHoaBinhProjectAsync();
        var client = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var before = await portal.GeneratedCountAsync();

        var response = await client.GenerateAsync(DocumentKind.ProjectApproval, id);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(before, await portal.GeneratedCountAsync());
    }

    [Theory]
    [InlineData(DocumentKind.ProjectApproval)]
    [InlineData(DocumentKind.ProjectContract)]
    [InlineData(DocumentKind.AcceptanceMinutes)]
    [InlineData(DocumentKind.SettlementDecision)]
    public async Task Generate_ProjectNotAtThatStep_ConflictAndNothingRecorded(DocumentKind kind)
    {
        var id = await portal.UnsubmittedPhuThoProjectAsync();
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var before = await portal.GeneratedCountAsync();

        var response = await client.GenerateAsync(kind, id);

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("Đề án chưa đến bước lập văn bản này.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await portal.GeneratedCountAsync());
    }

    [Fact]
    public async Task ProjectPage_ProjectNotAtAnyDocumentStep_OffersNoDraftButton()
    {
        var id = await portal.UnsubmittedPhuThoProjectAsync();
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        var html = await client.GetStringAsync($"/Projects/Details/{id}");

        Assert.DoesNotContain("data-document-kind=", html);
    }

    [Fact]
    public async Task Generate_LocalPlanByAMinistryOfficer_ForbiddenAndNothingRecorded()
    {
        // A province's KCĐP plan is its department's: the ministry reads it and keeps none of it.
        var planId = await portal.PhuThoLocalPlanAsync();
        var client = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var before = await portal.GeneratedCountAsync();

        var response = await client.GenerateAsync(DocumentKind.AllocationDecision, planId, 1);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(before, await portal.GeneratedCountAsync());
    }

    [Fact]
    public async Task Generate_SubmissionForANationalPlan_ConflictWithTheReason()
    {
        var planId = await portal.NationalPlanAsync();
        var client = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var before = await portal.GeneratedCountAsync();

        var response = await client.GenerateAsync(DocumentKind.ProvincialSubmission, planId);

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Contains("chỉ lập cho kế hoạch khuyến công địa phương", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await portal.GeneratedCountAsync());
    }

    [Fact]
    public async Task Generate_RecognitionOfARoundStillScoring_ConflictAndNothingRecorded()
    {
        var roundId = await portal.ScoringRoundAsync();
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var before = await portal.GeneratedCountAsync();

        var response = await client.GenerateAsync(DocumentKind.ProductRecognition, roundId);

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        Assert.Equal(before, await portal.GeneratedCountAsync());
    }

    [Fact]
    public async Task Generate_TrancheThePlanDoesNotHave_NotFound()
    {
        var planId = await portal.PhuThoLocalPlanAsync();
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        var response = await client.GenerateAsync(DocumentKind.AllocationDecision, planId, 99);

        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
    }
}
