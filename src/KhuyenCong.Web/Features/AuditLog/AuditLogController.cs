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
    public async Task<IActionResult> Index(string? entity, string? key, string? user, DateOnly? from, DateOnly? to,
        int page = 1, CancellationToken ct = default)
    {
        IQueryable<AuditLogEntry> query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity)) query = query.Where(a => a.EntityType == entity);
        if (!string.IsNullOrWhiteSpace(key)) query = query.Where(a => a.EntityKey == key.Trim());
        if (!string.IsNullOrWhiteSpace(user)) query = query.Where(a => a.UserName.Contains(user.Trim()));
        // Dates are Vietnam dates; the log is in UTC.
        if (from is { } f) query = query.Where(a => a.AtUtc >= f.ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset);
        if (to is { } t)
            query = query.Where(a => a.AtUtc < t.AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset);

        var filtered = !string.IsNullOrWhiteSpace(entity) || !string.IsNullOrWhiteSpace(key)
                       || !string.IsNullOrWhiteSpace(user) || from is not null || to is not null;
        var list = filtered
            ? await query.OrderByDescending(a => a.Id).ToPagedListAsync(page, PageSize, ct)
            : await WholeLogPageAsync(page, ct);
        // The audited entity types of the model, not a DISTINCT over the whole log (a million rows at national scale).
        var entities = db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => AuditSaveChangesInterceptor.IsAuditedType(t) && t != typeof(AuditLogEntry))
            .Select(t => t.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return View(new AuditLogViewModel
        {
            Entity = entity, Key = key, User = user, From = from, To = to, List = list, Entities = entities,
        });
    }

    private const int PageSize = 50;

    /// <summary>
    /// A page of the whole log by id range, newest first: the log is append-only and its ids ascend, so page n is
    /// the ids (max − n·50, max − (n−1)·50] and every row is on exactly one page. Issue 16: counting and skipping a
    /// million rows cost ~160 ms a view; this is two key lookups and one range read. The total is max − min + 1,
    /// exact while no id was skipped (SQLite never skips one; SQL Server may after a failed insert, and then a page
    /// shows fewer rows rather than missing any).
    /// </summary>
    private async Task<PagedList<AuditLogEntry>> WholeLogPageAsync(int page, CancellationToken ct)
    {
        var log = db.AuditLog.AsNoTracking();
        var newest = await log.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var oldest = await log.MinAsync(a => (long?)a.Id, ct) ?? 1;
        var total = (int)Math.Max(0, newest - oldest + 1);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var top = newest - (long)(page - 1) * PageSize;
        var items = await log.Where(a => a.Id <= top && a.Id > top - PageSize).OrderByDescending(a => a.Id)
            .ToListAsync(ct);
        return new PagedList<AuditLogEntry>(items, page, PageSize, total);
    }
}
