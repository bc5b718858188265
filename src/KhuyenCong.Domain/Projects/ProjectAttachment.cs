using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// A file attached to a project (PDF, Word, Excel, image), stored outside the web root under <see cref="StoredName"/>.
/// </summary>
public sealed class ProjectAttachment : AuditableEntity
{
    private ProjectAttachment() { }

    public ProjectAttachment(int projectId, string fileName, string contentType, long size, string storedName)
    {
        ProjectId = projectId;
        FileName = Guard.Required(fileName, "tên tệp");
        ContentType = contentType;
        Size = size;
        StoredName = storedName;
    }

    public int ProjectId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string StoredName { get; private set; } = "";
}
