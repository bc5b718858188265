using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KhuyenCong.Web.Features.Documents.Docx;

/// <summary>
/// Fills a .docx template with the Open XML SDK that ClosedXML already brings (2.20.0): no other package, and
/// the SDK keeps everything of the template it does not touch (styles, headers, page setup, fields). Table rows
/// holding <c>{{Table.Column}}</c> placeholders repeat once per item; other placeholders are replaced in place;
/// the template version is written into the file's custom properties (<see cref="TemplateProperty"/>).
/// </summary>
public static class DocxTemplate
{
    public const string TemplateProperty = "KhuyenCong.Template";
    public const string KindProperty = "KhuyenCong.DocumentKind";

    /// <summary>
    /// A part larger than this (characters) is refused while reading: a 5 MB upload may unpack to gigabytes of XML,
    /// which would exhaust the instance's memory at validation and at every draft.
    /// </summary>
    public static OpenSettings ReadLimits() => new() { MaxCharactersInPart = 20_000_000 };

    public static byte[] Fill(byte[] template, DocumentData data, string templateLabel, string kind)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true, ReadLimits()))
        {
            var main = document.MainDocumentPart ?? throw new InvalidDataException("The template has no document.");
            var roots = new List<(OpenXmlPartRootElement Root, OpenXmlPart Part)> { (main.Document, main) };
            roots.AddRange(main.HeaderParts.Select(h => ((OpenXmlPartRootElement)h.Header, (OpenXmlPart)h)));
            roots.AddRange(main.FooterParts.Select(f => ((OpenXmlPartRootElement)f.Footer, (OpenXmlPart)f)));
            foreach (var (root, part) in roots)
            {
                RepeatRows(root, data);
                var marks = new HashSet<string>(data.Images.Keys, StringComparer.Ordinal);
                foreach (var paragraph in root.Descendants<Paragraph>().ToList())
                {
                    var pictures = Placeholders.Replace(paragraph, name => Value(data.Fields, name), marks);
                    foreach (var (at, name) in pictures)
                        at.Parent!.InsertAfterSelf(Picture.Run(part, data.Images[name], name));
                }
                root.Save();
            }
            WriteProperties(document, templateLabel, kind);
        }
        return stream.ToArray();
    }

    /// <summary>The template rows of each table: a row naming <c>{{Lines.…}}</c> becomes one row per line.</summary>
    private static void RepeatRows(OpenXmlElement root, DocumentData data)
    {
        foreach (var row in root.Descendants<TableRow>().ToList())
        {
            var table = Placeholders.NamesIn(row).Select(n => n.Split('.')).Where(p => p.Length == 2)
                .Select(p => p[0]).FirstOrDefault(data.Tables.ContainsKey);
            if (table is null) continue;
            foreach (var item in data.Tables[table])
            {
                var copy = (TableRow)row.CloneNode(true);
                foreach (var paragraph in copy.Descendants<Paragraph>().ToList())
                    Placeholders.Replace(paragraph, name => name.StartsWith(table + ".", StringComparison.Ordinal)
                        ? Value(item, name[(table.Length + 1)..])
                        : Value(data.Fields, name));
                row.InsertBeforeSelf(copy);
            }
            row.Remove();
        }
    }

    /// <summary>A placeholder with no value is left empty: the validator refused unknown names at upload.</summary>
    private static string Value(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) ? value : "";

    private static void WriteProperties(WordprocessingDocument document, string templateLabel, string kind)
    {
        var part = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        part.Properties ??= new Properties();
        var properties = part.Properties;
        foreach (var old in properties.Elements<CustomDocumentProperty>()
                     .Where(p => p.Name == TemplateProperty || p.Name == KindProperty).ToList())
            old.Remove();
        var next = properties.Elements<CustomDocumentProperty>().Select(p => p.PropertyId?.Value ?? 1)
            .DefaultIfEmpty(1).Max() + 1;
        foreach (var (name, value) in new[] { (TemplateProperty, templateLabel), (KindProperty, kind) })
        {
            properties.AppendChild(new CustomDocumentProperty
            {
                // The format id every Office custom property carries.
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                PropertyId = next++,
                Name = name,
                VTLPWSTR = new VTLPWSTR(value),
            });
        }
        properties.Save();
    }

    /// <summary>The value of a custom property written by <see cref="Fill"/>, for tests and checks.</summary>
    public static string? ReadProperty(WordprocessingDocument document, string name) =>
        document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => p.Name == name)?.VTLPWSTR?.Text;
}
