using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// A photo or supporting document of an entry; the bytes live in file storage under <see cref="StoredName"/>.
/// </summary>
public class EntryAttachment : AuditableEntity
{
    private EntryAttachment() { }

    public EntryAttachment(string fileName, string contentType, long sizeBytes, string storedName, bool isPhoto)
    {
        FileName = Guard.Required(fileName, "tên tệp");
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StoredName = storedName;
        IsPhoto = isPhoto;
    }

    public int EntryId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string StoredName { get; private set; } = "";
    public bool IsPhoto { get; private set; }
}
