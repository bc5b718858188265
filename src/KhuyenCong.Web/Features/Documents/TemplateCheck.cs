using DocumentFormat.OpenXml.Packaging;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Features.Documents.Docx;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// What an uploaded template must be before it is stored: a Word document (.docx by its content, not a macro
/// document), at most <see cref="MaxBytes"/>, every placeholder one this kind's data fills, and the required ones
/// present. A refusal names the offending placeholders, so the administrator can fix the file in Word.
/// </summary>
public static class TemplateCheck
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private const string MainDocumentType =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static void Validate(byte[] bytes, DocumentKindInfo kind)
    {
        if (bytes.Length == 0) throw new DomainException("Chọn một tệp mẫu .docx để tải lên.");
        if (bytes.Length > MaxBytes) throw new DomainException("Tệp mẫu quá lớn: tối đa {0} MB.",
            MaxBytes / 1024 / 1024);
        var names = Read(bytes);
        var allowed = kind.AllNames().ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => !allowed.Contains(n)).Distinct().ToList();
        if (unknown.Count > 0)
            throw new DomainException("Mẫu có trường không dùng được cho loại văn bản này: {0}.",
                string.Join(", ", unknown.Select(n => "{{" + n + "}}")));
        var missing = kind.Required.Where(r => !names.Contains(r)).ToList();
        if (missing.Count > 0)
            throw new DomainException("Mẫu thiếu trường bắt buộc: {0}.",
                string.Join(", ", missing.Select(n => "{{" + n + "}}")));
    }

    private static HashSet<string> Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, Docx.DocxTemplate.ReadLimits());
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is null || main.ContentType != MainDocumentType)
                throw new DomainException(
                    "Tệp không phải văn bản Word .docx (tệp có macro hoặc mẫu .dotx không được nhận).");
            var roots = new List<DocumentFormat.OpenXml.OpenXmlElement> { main.Document };
            roots.AddRange(main.HeaderParts.Select(h => h.Header));
            roots.AddRange(main.FooterParts.Select(f => f.Footer));
            return roots.SelectMany(Placeholders.NamesIn).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or System.Xml.XmlException or ArgumentException)
        {
            throw new DomainException("Tệp không phải văn bản Word .docx đọc được.");
        }
    }
}
