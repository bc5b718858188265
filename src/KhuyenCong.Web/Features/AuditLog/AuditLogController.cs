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
    public const int PageSize = 50;

    /// <summary>
    /// Newest first, paged by key (issue 16): <paramref name="before"/> shows the rows older than that id,
    /// <paramref name="after"/> the rows newer than it (going back). Each page reads at most 51 rows on the primary
    /// key whatever the log's size, nothing is counted, and a gap in the ids (SQL Server skips identity values after
    /// a failed insert or a restart) never makes a page short or empty: the page takes the next 50 rows that exist.
    /// </summary>
    public async Task<IActionResult> Index(string? entity, string? key, string? user, DateOnly? from, DateOnly? to,
        long? before = null, long? after = null, CancellationToken ct = default)
    {
        var query = Filtered(entity, key, user, from, to);
        var page = after is { } newerThan ? await NewerAsync(query, newerThan, ct) : null;
        page ??= await OlderAsync(query, before, ct);
        // The audited entity types of the model, not a DISTINCT over the whole log (a million rows at national scale).
        var entities = db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => AuditSaveChangesInterceptor.IsAuditedType(t) && t != typeof(AuditLogEntry))
            .Select(t => t.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return View(new AuditLogViewModel
        {
            Entity = entity, Key = key, User = user, From = from, To = to, Page = page, Entities = entities,
        });
    }

    private IQueryable<AuditLogEntry> Filtered(string? entity, string? key, string? user, DateOnly? from, DateOnly? to)
    {
        IQueryable<AuditLogEntry> query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity)) query = query.Where(a => a.EntityType == entity);
        if (!string.IsNullOrWhiteSpace(key)) query = query.Where(a => a.EntityKey == key.Trim());
        if (!string.IsNullOrWhiteSpace(user)) query = query.Where(a => a.UserName.Contains(user.Trim()));
        // Dates are Vietnam dates; the log is in UTC.
        if (from is { } f) query = query.Where(a => a.AtUtc >= f.ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset);
        if (to is { } t)
            query = query.Where(a => a.AtUtc < t.AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset);
        return query;
    }

    /// <summary>
    /// The 50 rows before <paramref name="before"/> (the newest when null); a 51st tells an older page.
    /// </summary>
    private static async Task<AuditLogPage> OlderAsync(IQueryable<AuditLogEntry> query, long? before,
        CancellationToken ct)
    {
        if (before is { } id) query = query.Where(a => a.Id < id);
        var rows = await query.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(ct);
        return new AuditLogPage([.. rows.Take(PageSize)], HasNewer: before is not null,
            HasOlder: rows.Count > PageSize);
    }

    /// <summary>
    /// The 50 rows just after <paramref name="after"/>, shown newest first; when fewer remain, the newest page
    /// instead (null), so going back always ends on a full first page.
    /// </summary>
    private static async Task<AuditLogPage?> NewerAsync(IQueryable<AuditLogEntry> query, long after,
        CancellationToken ct)
    {
        var rows = await query.Where(a => a.Id > after).OrderBy(a => a.Id).Take(PageSize + 1).ToListAsync(ct);
        if (rows.Count <= PageSize) return null;
        rows.RemoveAt(PageSize);
        rows.Reverse();
        return new AuditLogPage(rows, HasNewer: true, HasOlder: true);
    }
}
