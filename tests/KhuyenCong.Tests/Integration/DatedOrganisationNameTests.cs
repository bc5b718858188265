using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Products;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// A record shows an organisation by the name in force on its date, with today's beside a former one (DOMAIN §10):
/// the ministry unit was "Cục Công Thương địa phương" until 28/02/2025.
/// </summary>
public sealed class DatedOrganisationNameTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Then = ReferenceOrganisations.MinistryUnitFormerName;
    private const string Today = ReferenceOrganisations.MinistryUnit;

    [Fact]
    public async Task ProjectDetails_2021ProjectOfTheMinistryUnit_FormerNameWithTodays_2026OneTodaysOnly()
    {
        var old = await ProjectOfTheMinistryUnitAsync(2021);
        var recent = await ProjectOfTheMinistryUnitAsync(2026);
        var client = await SignedInAsync();

        var then = (await client.GetDocumentAsync($"/Projects/Details/{old}")).QuerySelector("#project-implementer")!;
        var now = (await client.GetDocumentAsync($"/Projects/Details/{recent}")).QuerySelector("#project-implementer")!;

        Assert.Equal($"{Then} (nay là {Today})", then.TextContent.Trim());
        Assert.Equal(Today, now.TextContent.Trim());
    }

    [Fact]
    public async Task ProjectDetails_InEnglish_SaysNow()
    {
        var old = await ProjectOfTheMinistryUnitAsync(2021);
        var client = await SignedInAsync();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await client.GetDocumentAsync($"/Projects/Details/{old}");

        Assert.Equal($"{Then} (now {Today})", page.QuerySelector("#project-implementer")!.TextContent.Trim());
    }

    [Fact]
    public async Task CostEstimateExport_2021Project_NamesTheImplementerOfItsDate()
    {
        var old = await ProjectOfTheMinistryUnitAsync(2021);
        var client = await SignedInAsync();

        var response = await client.GetAsync($"/ProjectExports/CostEstimate/{old}");

        await Expect.StatusAsync(System.Net.HttpStatusCode.OK, response);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var expected = $"Đơn vị thực hiện: {Then} (nay là {Today}) – nguồn";
        Assert.Contains(book.Worksheet("Mẫu 1").CellsUsed(),
            c => c.GetString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImplementationReportAndRegistration_2021Project_NameTheImplementerOfItsDate()
    {
        var old = await ApprovedProjectOfTheMinistryUnitAsync(2021);
        var code = await portal.WithDbAsync(db =>
            db.Projects.Where(p => p.Id == old).Select(p => p.Code).SingleAsync());
        var client = await SignedInAsync();
        var expected = $"{Then} (nay là {Today})";

        // The implementation report (Biểu số 01), printed from the rows the streamed workbook writes too.
        var report = await client.GetDocumentAsync("/Reports/Implementation?year=2021&period=Year");
        var row = report.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(code, StringComparison.Ordinal));
        Assert.Contains(expected, row.TextContent);

        // Mẫu 2 (the registration list) as Excel.
        var response = await client.GetAsync("/ProjectExports/Registration?year=2021");
        await Expect.StatusAsync(System.Net.HttpStatusCode.OK, response);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var line = book.Worksheets.First().RowsUsed().Single(r => r.Cells().Any(c => c.GetString() == code));
        Assert.Contains(line.Cells(), c => c.GetString() == expected);
    }

    [Fact]
    public async Task RoundDetails_2021NationalRound_FormerName_2026RegionalRound_TodaysName()
    {
        var national = await RoundAsync(RoundLevel.National, 2021);
        var regional = await RoundAsync(RoundLevel.Regional, 2026);
        var client = await SignedInAsync();

        var then = (await client.GetDocumentAsync($"/ProductRounds/Details/{national}"))
            .QuerySelector("#round-organiser")!;
        var now = (await client.GetDocumentAsync($"/ProductRounds/Details/{regional}"))
            .QuerySelector("#round-organiser")!;

        Assert.Equal($"{Then} (nay là {Today})", then.TextContent.Trim());
        Assert.Equal(Today, now.TextContent.Trim());
        // The list keeps today's name.
        var list = await client.GetDocumentAsync("/ProductRounds?year=2021&level=National");
        var row = list.QuerySelector($"a[href='/ProductRounds/Details/{national}']")!.Closest("tr")!;
        Assert.Contains(Today, row.TextContent);
        Assert.DoesNotContain(Then, row.TextContent);
    }

    [Fact]
    public async Task Certificate_OfThe2021NationalRound_IssuedUnderTheFormerName()
    {
        var number = await portal.WithDbAsync(db => db.Certificates
            .Where(c => c.Entry!.Round!.Level == RoundLevel.National && c.Entry.Round.Year == 2021)
            .OrderBy(c => c.Id).Select(c => c.Number).FirstAsync());
        var client = portal.CreateClient();

        var page = await client.GetDocumentAsync($"/registry/certificates/{Uri.EscapeDataString(number)}");

        Assert.Equal($"{Then} (nay là {Today})", page.QuerySelector("#certificate-issuer")!.TextContent.Trim());
    }

    [Fact]
    public async Task PlanDetails_RecipientRenamedIn2025_2021AllocationsShowTheNameOfTheirDecision()
    {
        const string renamed = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 1 (tên mới thử)";
        await portal.WithDbAsync(async db =>
        {
            var centre = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.ServiceCentre1);
            centre.RenameFrom(renamed, new DateOnly(2025, 3, 1));
            return await db.SaveChangesAsync();
        });
        var plan = await portal.WithDbAsync(db => db.AnnualPlans
            .Where(p => p.Fund == Fund.Kcqg && p.Year == 2021).Select(p => p.Id).SingleAsync());
        var client = await SignedInAsync();

        var page = await client.GetDocumentAsync($"/Plans/Details/{plan}");

        var expected = $"{DemoOrganisations.ServiceCentre1} (nay là {renamed})";
        Assert.Contains(page.QuerySelectorAll("#allocation-table tbody tr td:nth-child(2)"),
            c => c.TextContent.Trim() == expected);
        Assert.Contains(page.QuerySelectorAll("#allocation-entries tbody tr td:nth-child(2)"),
            c => c.TextContent.Trim() == expected);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);
        return client;
    }

    /// <summary>A project of the year, handed to the ministry unit for the test (its implementer by id).</summary>
    private Task<int> ProjectOfTheMinistryUnitAsync(int year) => portal.WithDbAsync(async db =>
    {
        var unit = await db.Organisations.Where(o => o.Name == Today).Select(o => o.Id).SingleAsync();
        var id = await db.Projects.Where(p => p.Year == year && (year > 2021 || p.ApprovalDecisionDate != null))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        await db.Projects.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ImplementingOrganisationId, unit));
        return id;
    });

    /// <summary>
    /// An approved project of the year (the implementation report lists it), handed to the ministry unit.
    /// </summary>
    private Task<int> ApprovedProjectOfTheMinistryUnitAsync(int year) => portal.WithDbAsync(async db =>
    {
        var unit = await db.Organisations.Where(o => o.Name == Today).Select(o => o.Id).SingleAsync();
        var approved = ProjectStatusGroups.Approved;
        var id = await db.Projects.Where(p => p.Year == year && p.ApprovalDecisionDate != null
                && approved.Contains(p.Status))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        await db.Projects.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ImplementingOrganisationId, unit));
        return id;
    });

    private Task<int> RoundAsync(RoundLevel level, int year) => portal.WithDbAsync(db => db.ProductRounds
        .Where(r => r.Level == level && r.Year == year).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
}
