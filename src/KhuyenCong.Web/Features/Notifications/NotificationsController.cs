using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// Every signed-in user's own notifications (the fallback policy requires sign-in): the list, marking read, and the
/// e-mail setting. Another user's notification is not found (404), never shown or changed.
/// </summary>
public sealed class NotificationsController(AppDbContext db, IStringLocalizer<SharedResource> localizer,
    IOptions<EmailOptions> email, TimeProvider clock) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == UserId);
        var stored = await mine.OrderByDescending(n => n.Id).ToPagedListAsync(page, ct: ct);
        var rows = stored.Items.Select(n => new NotificationListViewModel.Row(n.Id,
            NotificationText.Render(localizer, n), n.Link, n.CreatedAtUtc, n.ReadAtUtc is not null)).ToList();
        return View(new NotificationListViewModel
        {
            Rows = new PagedList<NotificationListViewModel.Row>(rows, stored.Page, stored.PageSize, stored.Total),
            Unread = await mine.CountAsync(n => n.ReadAtUtc == null, ct),
            EmailEnabled = email.Value.Enabled,
        });
    }

    /// <summary>Marks one read and opens its link (a local path only), or comes back to the list.</summary>
    [HttpPost]
    public async Task<IActionResult> MarkRead(long id, bool open = false, CancellationToken ct = default)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == UserId, ct);
        if (notification is null) return NotFound();
        notification.ReadAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (open && notification.Link is { } link && Url.IsLocalUrl(link)) return LocalRedirect(link);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> MarkAllRead(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var count = await db.Notifications.Where(n => n.UserId == UserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        TempData.Notice("Đã đánh dấu đã đọc {0} thông báo.", count);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Settings(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == UserId, ct);
        return View(new NotificationSettingsModel
        {
            ReceiveEmail = !user.EmailOptOut, Language = user.PreferredLanguage ?? "vi-VN", Email = user.Email,
            PortalSendsEmail = email.Value.Enabled,
        });
    }

    /// <summary>The user's own account row (audited as every account change is).</summary>
    [HttpPost]
    public async Task<IActionResult> Settings(NotificationSettingsModel model, CancellationToken ct)
    {
        var user = await db.Users.SingleAsync(u => u.Id == UserId, ct);
        model.Email = user.Email;
        model.PortalSendsEmail = email.Value.Enabled;
        if (!ModelState.IsValid) return View(model);
        user.EmailOptOut = !model.ReceiveEmail;
        user.PreferredLanguage = model.Language;
        await db.SaveChangesAsync(ct);
        TempData.Notice("Đã lưu cài đặt thông báo.");
        return RedirectToAction(nameof(Settings));
    }
}
