using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Documents;

/// <summary>
/// An organisation's own .docx template for one kind of document, uploaded by an administrator. Versions count up
/// per organisation and kind and are never changed: the newest one not withdrawn is used, withdrawing every
/// version returns the organisation to the portal's built-in template. The file itself lives with the attachments.
/// </summary>
public sealed class DocumentTemplate : AuditableEntity
{
    private DocumentTemplate() { }

    public DocumentTemplate(int organisationId, DocumentKind kind, int version, string fileName, string storedName,
        long size, string sha256, string uploadedBy)
    {
        if (organisationId <= 0) throw new ArgumentOutOfRangeException(nameof(organisationId));
        if (version < 1) throw new ArgumentOutOfRangeException(nameof(version));
        OrganisationId = organisationId;
        Kind = kind;
        TemplateVersion = version;
        FileName = Guard.Required(fileName, nameof(fileName));
        StoredName = Guard.Required(storedName, nameof(storedName));
        Size = size;
        Sha256 = Guard.Required(sha256, nameof(sha256));
        UploadedBy = uploadedBy;
    }

    public int OrganisationId { get; private set; }
    public DocumentKind Kind { get; private set; }

    /// <summary>1, 2, … per organisation and kind; written into every document made from it.</summary>
    public int TemplateVersion { get; private set; }
    public string FileName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public bool Withdrawn { get; private set; }

    /// <summary>Stops using this version; the previous one (or the built-in template) takes over.</summary>
    public void Withdraw()
    {
        if (Withdrawn) throw new WorkflowException("Phiên bản mẫu {0} đã được thôi sử dụng.", TemplateVersion);
        Withdrawn = true;
    }
}
