using KhuyenCong.Data.Auditing;

namespace KhuyenCong.Web.Commands;

/// <summary>Who the audit log names for a change made from the command line, e.g. "system (admin create)".</summary>
public sealed class CommandActor(string command) : ICurrentUser
{
    public string? UserId => null;

    public string UserName { get; } = $"system ({command})";
}
