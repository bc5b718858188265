using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AuditLog;

public sealed class AuditLogViewModel
{
    public string? Entity { get; init; }
    public string? Key { get; init; }
    public string? User { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public required PagedList<AuditLogEntry> List { get; init; }
    public IReadOnlyList<string> Entities { get; init; } = [];
}
