namespace KhuyenCong.Web.Features.AuditLog;

public sealed class AuditLogViewModel
{
    public string? Entity { get; init; }
    public string? Key { get; init; }
    public string? User { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public required AuditLogPage Page { get; init; }
    public IReadOnlyList<string> Entities { get; init; } = [];
}
