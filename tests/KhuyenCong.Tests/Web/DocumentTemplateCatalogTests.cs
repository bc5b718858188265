using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Web.Features.Documents;
using KhuyenCong.Web.Features.Documents.Docx;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// The built-in templates and the placeholder catalog agree (each template passes the upload check an
/// administrator's would), and the filler replaces split placeholders, repeats table rows and records the version.
/// </summary>
public sealed class DocumentTemplateCatalogTests
{
    public static TheoryData<DocumentKind> Kinds() => [.. Enum.GetValues<DocumentKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void BuiltInTemplate_EveryKind_PassesTheUploadCheckAndIsA4(DocumentKind kind)
    {
        var info = DocumentCatalog.Of(kind);
        var bytes = BuiltInTemplates.Read(kind);

        TemplateCheck.Validate(bytes, info);

        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var size = document.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal(info.Landscape ? 16838u : 11906u, size.Width!.Value);
    }

    [Fact]
    public void Fill_PlaceholderSplitAcrossRunsAndATableRow_ReplacedAndRepeated()
    {
        var template = TemplateFrom(new Paragraph(new Run(new Text("Đề án {{Proj")), new Run(new Text("ectName}} xong"))),
            new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("{{Lines.Item}}")))))));
        var data = new DocumentData().Set("ProjectName", "Máy sấy")
            .Table("Lines", [new Dictionary<string, string> { ["Item"] = "Một" }, new Dictionary<string, string> { ["Item"] = "Hai" }]);

        var filled = DocxTemplate.Fill(template, data, "mặc định 2026.1", "ProjectApproval");

        using var stream = new MemoryStream(filled);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal("Đề án Máy sấy xong", body.Elements<Paragraph>().First().InnerText);
        Assert.Equal(["Một", "Hai"], body.Descendants<TableRow>().Select(r => r.InnerText));
        Assert.Equal("mặc định 2026.1", DocxTemplate.ReadProperty(document, DocxTemplate.TemplateProperty));
    }

    [Fact]
    public void Validate_MacroDocumentOrGarbage_RefusedAsNotAWordDocument()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            TemplateCheck.Validate("PK\u0003\u0004 broken"u8.ToArray(), DocumentCatalog.Of(DocumentKind.ProjectApproval)));

        Assert.Equal("Tệp không phải văn bản Word .docx đọc được.", refusal.MessageKey);
    }

    private static byte[] TemplateFrom(params DocumentFormat.OpenXml.OpenXmlElement[] content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(content));
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
