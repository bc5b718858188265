namespace KhuyenCong.Data.Auditing;

/// <summary>The <see cref="ICurrentUser"/> of seeding, commands and background work: "system".</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;
    public string UserName => "system";
}
