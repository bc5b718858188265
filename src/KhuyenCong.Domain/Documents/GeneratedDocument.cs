using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Documents;

/// <summary>
/// A draft made from a template for one record (a project, a plan's tranche, a product round, a certificate):
/// who made it, from which template version, and, once the leader has signed it, the number and date the
/// officer records back, which the record's page shows with the step.
/// </summary>
public sealed class GeneratedDocument : AuditableEntity
{
    private GeneratedDocument() { }

    public GeneratedDocument(DocumentKind kind, int subjectId, int? part, int organisationId, int? templateId,
        string templateLabel, string fileName, string generatedBy, DateTime generatedAtUtc)
    {
        if (subjectId <= 0) throw new ArgumentOutOfRangeException(nameof(subjectId));
        Kind = kind;
        SubjectId = subjectId;
        Part = part;
        OrganisationId = organisationId;
        TemplateId = templateId;
        TemplateLabel = Guard.Required(templateLabel, nameof(templateLabel));
        FileName = Guard.Required(fileName, nameof(fileName));
        GeneratedBy = generatedBy;
        GeneratedAtUtc = generatedAtUtc;
    }

    public DocumentKind Kind { get; private set; }

    /// <summary>The record's id: project, plan, product round or certificate, by <see cref="Kind"/>.</summary>
    public int SubjectId { get; private set; }

    /// <summary>The plan's tranche for an allocation decision; null otherwise.</summary>
    public int? Part { get; private set; }

    /// <summary>The issuing organisation (the maker's), whose letterhead and templates were used.</summary>
    public int OrganisationId { get; private set; }

    /// <summary>The organisation's template version used; null for the portal's built-in template.</summary>
    public int? TemplateId { get; private set; }

    /// <summary>"mặc định 2026.1" or "Sở Công Thương tỉnh Phú Thọ – phiên bản 2", as written into the file.</summary>
    public string TemplateLabel { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string GeneratedBy { get; private set; } = "";
    public DateTime GeneratedAtUtc { get; private set; }
    public string? SignedNumber { get; private set; }
    public DateOnly? SignedDate { get; private set; }

    /// <summary>The number and date the signed document carries ("15/QĐ-SCT", 20/03/2026).</summary>
    public void RecordSigned(string number, DateOnly date, DateOnly generatedOn)
    {
        var trimmed = (number ?? "").Trim();
        if (trimmed.Length == 0) throw new DomainException("Nhập số của văn bản đã ký.");
        if (trimmed.Length > 100) throw new DomainException("Số văn bản dài quá {0} ký tự.", 100);
        if (date < generatedOn)
            throw new DomainException("Ngày ký {0} trước ngày lập dự thảo {1}.", date.ToString("dd/MM/yyyy"),
                generatedOn.ToString("dd/MM/yyyy"));
        SignedNumber = trimmed;
        SignedDate = date;
    }
}
