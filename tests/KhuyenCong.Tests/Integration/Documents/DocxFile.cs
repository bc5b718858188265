using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhuyenCong.Web.Features.Documents.Docx;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>A generated .docx opened with the Open XML SDK, with what the tests check about it.</summary>
public sealed class DocxFile : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxFile(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Document { get; }

    public Body Body => Document.MainDocumentPart!.Document.Body!;

    /// <summary>Every paragraph's text, one per line.</summary>
    public string Text => string.Join("\n", Body.Descendants<Paragraph>().Select(p => p.InnerText));

    public PageSize PageSize => Body.Elements<SectionProperties>().Last().GetFirstChild<PageSize>()!;

    public string? TemplateLabel => DocxTemplate.ReadProperty(Document, DocxTemplate.TemplateProperty);

    /// <summary>The texts of the rows of the table whose header row starts with <paramref name="firstHeader"/>.</summary>
    public List<List<string>> TableRows(string firstHeader) =>
        Body.Descendants<Table>()
            .First(t => t.Elements<TableRow>().First().Elements<TableCell>().First().InnerText == firstHeader
                && t.Elements<TableRow>().First().InnerText.Length > firstHeader.Length)
            .Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
