using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>
/// An administrator replaces a template for one organisation: the upload is checked (a Word document, known and
/// required placeholders), versioned, used for that organisation's drafts (whose file and row name the version),
/// and withdrawn back to the built-in template.
/// </summary>
public sealed class TemplateUploadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Marker = "MẪU RIÊNG CỦA SỞ CÔNG THƯƠNG";

    [Fact]
    public async Task Upload_ValidTemplate_UsedForTheOrganisationsDraftsUntilWithdrawn()
    {
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var admin = await portal.ClientAsync(DemoAccounts.Admin);
        // Word splits placeholders across runs; the portal reads them whole.
        var template = WithParagraph(BuiltInTemplates.Read(DocumentKind.ProjectApproval), Marker + " – ", "{{Proj", "ectCode}}");

        var response = await UploadAsync(admin, organisation, DocumentKind.ProjectApproval, template);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var stored = await portal.WithDbAsync(db => db.DocumentTemplates.AsNoTracking()
            .SingleAsync(t => t.OrganisationId == organisation && t.Kind == DocumentKind.ProjectApproval));
        Assert.Equal(1, stored.TemplateVersion);
        var projectId = await portal.SettledHoaBinhProjectAsync();
        var code = await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Code).SingleAsync());
        var officer = await portal.ClientAsync(DemoAccounts.HoaBinhDepartment);
        using (var docx = new DocxFile(await officer.DraftAsync(DocumentKind.ProjectApproval, projectId)))
        {
            Assert.Contains($"{Marker} – {code}", docx.Text);
            Assert.Equal($"{DemoOrganisations.PhuThoDepartment} – phiên bản 1", docx.TemplateLabel);
        }
        var row = await portal.WithDbAsync(db => db.GeneratedDocuments.AsNoTracking().OrderByDescending(d => d.Id).FirstAsync());
        Assert.Equal(stored.Id, row.TemplateId);

        var withdraw = await admin.PostFormAsync($"/DocumentTemplates/Withdraw/{stored.Id}",
            [new("version", stored.Version.ToString())], tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Redirect, withdraw);
        using var after = new DocxFile(await officer.DraftAsync(DocumentKind.ProjectApproval, projectId));
        Assert.DoesNotContain(Marker, after.Text);
        Assert.Equal(BuiltInTemplates.Label, after.TemplateLabel);
    }

    [Fact]
    public async Task Upload_UnknownPlaceholder_FormAgainNamingItAndNothingStored()
    {
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var admin = await portal.ClientAsync(DemoAccounts.Admin);
        var template = WithParagraph(BuiltInTemplates.Read(DocumentKind.ProjectApproval), "{{SoTien}}");

        var response = await UploadAsync(admin, organisation, DocumentKind.ProjectApproval, template);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("{{SoTien}}", (await PortalClientExtensions.ParseHtmlAsync(response))
            .QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Equal(0, await TemplatesOfAsync(organisation));
    }

    [Fact]
    public async Task Upload_MissingRequiredPlaceholder_FormAgainNamingItAndNothingStored()
    {
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var admin = await portal.ClientAsync(DemoAccounts.Admin);
        // The approval template has no QR code: as a certificate it lacks {{CertificateNumber}} and {{QrCode}}.
        var template = WithParagraph(BuiltInTemplates.Read(DocumentKind.Certificate), "");
        template = WithoutText(template, "{{QrCode}}");

        var response = await UploadAsync(admin, organisation, DocumentKind.Certificate, template);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("{{QrCode}}", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await TemplatesOfAsync(organisation));
    }

    [Fact]
    public async Task Upload_NotAWordDocument_FormAgainAndNothingStored()
    {
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var admin = await portal.ClientAsync(DemoAccounts.Admin);

        var response = await UploadAsync(admin, organisation, DocumentKind.ProjectApproval, "%PDF-1.4\n"u8.ToArray());

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("không phải văn bản Word", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await TemplatesOfAsync(organisation));
    }

    [Fact]
    public async Task Upload_ByAnOfficer_Forbidden()
    {
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var officer = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        var response = await UploadAsync(officer, organisation, DocumentKind.ProjectApproval,
            BuiltInTemplates.Read(DocumentKind.ProjectApproval));

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
    }

    [Fact]
    public async Task Index_OrganisationPage_LinksToTheTemplatesWithEveryKind()
    {
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var admin = await portal.ClientAsync(DemoAccounts.Admin);

        var details = await admin.GetDocumentAsync($"/Organisations/Details/{organisation}");
        var link = details.QuerySelector("#document-templates")!.GetAttribute("href")!;
        var page = await admin.GetDocumentAsync(link);

        Assert.Equal(DocumentCatalog.All.Count, page.QuerySelectorAll("#templates tbody tr").Length);
    }

    private Task<int> TemplatesOfAsync(int organisation) =>
        portal.WithDbAsync(db => db.DocumentTemplates.CountAsync(t => t.OrganisationId == organisation));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int organisation, DocumentKind kind,
        byte[] file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await client.GetFormTokenAsync("/")), PortalClientExtensions.TokenField);
        form.Add(new StringContent(kind.ToString()), "Kind");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(DocumentClient.DocxType);
        form.Add(content, "File", "mau-rieng.docx");
        return await client.PostAsync($"/DocumentTemplates/Upload?organisationId={organisation}", form);
    }

    /// <summary>The template with one more paragraph at the top, each text in its own run.</summary>
    internal static byte[] WithParagraph(byte[] template, params string[] runs)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            body.PrependChild(new Paragraph(runs.Select(r => new Run(new Text(r) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))));
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    private static byte[] WithoutText(byte[] template, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            foreach (var t in document.MainDocumentPart!.Document.Descendants<Text>().Where(t => t.Text.Contains(text)))
                t.Text = t.Text.Replace(text, "");
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }
}
