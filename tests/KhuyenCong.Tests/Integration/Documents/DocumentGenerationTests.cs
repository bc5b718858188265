using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>
/// Each kind of document drafted from its record's page by Phú Thọ's department officer (who carries on Hòa Bình's
/// work), opened with the Open XML SDK: A4 in the right orientation, the letterhead of the officer's organisation,
/// every placeholder filled, the figures equal to the database, and the template version recorded in the file
/// and in the database.
/// </summary>
public sealed class DocumentGenerationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string PhuThoAgency = "SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ";

    public static TheoryData<DocumentKind> ProjectKinds() => [.. DocumentCatalog.ProjectKinds];

    [Theory]
    [MemberData(nameof(ProjectKinds))]
    public async Task Generate_ProjectDocument_FilledFromTheProjectWithTheOfficersLetterhead(DocumentKind kind)
    {
        var id = await portal.SettledHoaBinhProjectAsync();
        var project = await portal.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.CostLines)
            .SingleAsync(p => p.Id == id));
        var client = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);

        using var docx = new DocxFile(await client.DraftAsync(kind, id));

        AssertOfficial(docx, landscape: false);
        Assert.Contains(project.Name, docx.Text);
        var lines = docx.TableRows("STT").Where(r => r.Count >= 4 && r[1] != "Tổng cộng"
            && project.CostLines.Any(l => l.Item == r[1])).ToList();
        Assert.Equal(project.CostLines.Count, lines.Count);
        var fundSupport = Vnd.FormatMillions(project.CostLines.Sum(l => l.FundSupportDong));
        Assert.Contains(docx.TableRows("STT"), r => r.Contains("Tổng cộng") && r.Contains(fundSupport));
        if (kind == DocumentKind.ProjectContract) Assert.Contains(project.ApprovalDecisionNumber!, docx.Text);
        await AssertRecordedAsync(kind, id);
    }

    [Fact]
    public async Task Generate_AllocationDecision_RecipientsAndTotalEqualTheTranche()
    {
        var planId = await portal.PhuThoLocalPlanAsync();
        var expected = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == planId && a.Tranche == 1)
            .SumAsync(a => a.AmountDong));
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        using var docx = new DocxFile(await client.DraftAsync(DocumentKind.AllocationDecision, planId, 1));

        AssertOfficial(docx, landscape: false);
        var rows = docx.TableRows("STT");
        Assert.Contains(rows, r => r[1] == "Tổng cộng" && r[2] == Vnd.FormatMillions(expected));
        var recipients = rows.Where(r => r[1] != "Tổng cộng").ToList();
        Assert.NotEmpty(recipients);
        Assert.Equal(expected, recipients.Sum(r => Vnd.FromMillions(decimal.Parse(r[2],
            System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))).Dong));
        await AssertRecordedAsync(DocumentKind.AllocationDecision, planId, part: 1);
    }

    [Fact]
    public async Task Generate_ProvincialSubmission_ListsTheProvincesLocalProjectsOfTheYear()
    {
        var planId = await portal.PhuThoLocalPlanAsync();
        var client = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        using var docx = new DocxFile(await client.DraftAsync(DocumentKind.ProvincialSubmission, planId));

        AssertOfficial(docx, landscape: false);
        Assert.Contains("Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ", docx.Text);
        Assert.Contains("năm 2026", docx.Text);
        await AssertRecordedAsync(DocumentKind.ProvincialSubmission, planId);
    }

    [Fact]
    public async Task Generate_RecognitionDecision_ListsTheRecognisedProducts()
    {
        var roundId = await portal.HoaBinhRoundAsync();
        var certificates = await portal.WithDbAsync(db => db.Certificates.Where(c => c.Entry!.RoundId == roundId)
            .Select(c => c.Number).ToListAsync());
        var client = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);

        using var docx = new DocxFile(await client.DraftAsync(DocumentKind.ProductRecognition, roundId));

        AssertOfficial(docx, landscape: false);
        var rows = docx.TableRows("STT");
        Assert.Equal(certificates.Order(), rows.Select(r => r[6]).Order());
        await AssertRecordedAsync(DocumentKind.ProductRecognition, roundId);
    }

    [Fact]
    public async Task Generate_Certificate_LandscapeWithAQrCodeToThePublicRegistry()
    {
        var id = await portal.CertificateIdAsync("HB-2025-001");
        var client = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);

        using var docx = new DocxFile(await client.DraftAsync(DocumentKind.Certificate, id));

        AssertOfficial(docx, landscape: true, letterheadBlock: false);
        Assert.Contains("HB-2025-001", docx.Text);
        Assert.Contains("/registry/certificates/HB-2025-001", docx.Text);
        var image = Assert.Single(docx.Document.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        Assert.Single(docx.Body.Descendants<Drawing>());
        await AssertRecordedAsync(DocumentKind.Certificate, id);
    }

    /// <summary>A4 (landscape where asked), the letterhead and motto, no placeholder left, the built-in version.</summary>
    private static void AssertOfficial(DocxFile docx, bool landscape, bool letterheadBlock = true)
    {
        var size = docx.PageSize;
        Assert.Equal(landscape ? 16838u : 11906u, size.Width!.Value);
        Assert.Equal(landscape ? 11906u : 16838u, size.Height!.Value);
        Assert.Equal(landscape, size.Orient?.Value == PageOrientationValues.Landscape);
        Assert.DoesNotContain("{{", docx.Text);
        Assert.Contains(PhuThoAgency, docx.Text);
        if (letterheadBlock)
        {
            Assert.Contains("UBND TỈNH PHÚ THỌ", docx.Text);
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", docx.Text);
            Assert.Contains("Phú Thọ, ngày", docx.Text);
            // Header rows of the data tables repeat on every printed page.
            Assert.All(docx.Body.Descendants<Table>().Where(t => t.Descendants<TableBorders>().Any()),
                t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        }
        Assert.Equal(BuiltInTemplates.Label, docx.TemplateLabel);
    }

    private async Task AssertRecordedAsync(DocumentKind kind, int subjectId, int? part = null)
    {
        var row = await portal.WithDbAsync(db => db.GeneratedDocuments.AsNoTracking()
            .Where(d => d.Kind == kind && d.SubjectId == subjectId).OrderByDescending(d => d.Id).FirstAsync());
        Assert.Equal(BuiltInTemplates.Label, row.TemplateLabel);
        Assert.Null(row.TemplateId);
        Assert.Equal(part, row.Part);
        Assert.Equal(await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment), row.OrganisationId);
    }
}
