namespace KhuyenCong.Data.Auditing;

/// <summary>Who is making the change being saved; "system" outside a request (seeding, jobs).</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
}
