using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AuditLog;

/// <summary>Read-only view of the audit log (administrators). There is deliberately no edit or delete.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class AuditLogController(AppDbContext db) : Controller
{
    public async Task<IActionResult> Index(string? entity, string? key, string? user, DateOnly? from, DateOnly? to, int page = 1, CancellationToken ct = default)
    {
        IQueryable<AuditLogEntry> query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity)) query = query.Where(a => a.EntityType == entity);
        if (!string.IsNullOrWhiteSpace(key)) query = query.Where(a => a.EntityKey == key.Trim());
        if (!string.IsNullOrWhiteSpace(user)) query = query.Where(a => a.UserName.Contains(user.Trim()));
        // Dates are Vietnam dates; the log is in UTC.
        if (from is { } f) query = query.Where(a => a.AtUtc >= f.ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset);
        if (to is { } t) query = query.Where(a => a.AtUtc < t.AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset);

        var list = await query.OrderByDescending(a => a.Id).ToPagedListAsync(page, 50, ct);
        // The audited entity types of the model, not a DISTINCT over the whole log (a million rows at national scale).
        var entities = db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => AuditSaveChangesInterceptor.IsAuditedType(t) && t != typeof(AuditLogEntry))
            .Select(t => t.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return View(new AuditLogViewModel { Entity = entity, Key = key, User = user, From = from, To = to, List = list, Entities = entities });
    }
}

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
