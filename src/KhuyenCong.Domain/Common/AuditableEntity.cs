namespace KhuyenCong.Domain.Common;

public abstract class AuditableEntity : IAuditable
{
    public int Id { get; protected set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";
    public long Version { get; set; }
}
