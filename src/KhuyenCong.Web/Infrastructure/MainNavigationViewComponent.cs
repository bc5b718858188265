using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>The main menu: each role sees only what it may use.</summary>
public sealed class MainNavigationViewComponent(Features.Projects.InboxQuery inbox,
    Features.AppraisalCouncil.AppraisalTasksQuery appraisals,
    Features.Notifications.UnreadNotifications unread, Features.ProductRounds.ScoringTasksQuery entries)
    : ViewComponent
{
    /// <summary>A menu entry; <paramref name="Badge"/> counts what waits for the user there.</summary>
    public sealed record MenuItem(string Text, string Url, string Icon, string Controller, int? Badge = null);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = new List<MenuItem>
        {
            new("Trang chủ", "/", "house", "Home"),
            new("Cơ quan, đơn vị", "/Organisations", "diagram-3", "Organisations"),
            new("Địa giới hành chính", "/AdminUnits", "geo-alt", "AdminUnits"),
        };
        var user = UserClaimsPrincipal;
        var businessReader = Policies.Allows(user, Policies.BusinessReaders);
        if (businessReader)
        {
            items.Insert(1, new("Bảng điều hành", "/Dashboard", "speedometer2", "Dashboard"));
            items.Insert(2, new("Kinh phí", "/Budget", "cash-coin", "Budget"));
            var waiting = await inbox.CountAsync(user, HttpContext.RequestAborted);
            items.Add(new("Đề án", "/Projects", "folder2-open", "Projects"));
            if (waiting > 0 || Policies.Allows(user, Policies.Officers))
                items.Add(new("Việc cần xử lý", "/Inbox", "inbox", "Inbox", waiting));
        }
        if (Policies.Allows(user, Policies.RegistrationReaders))
            items.Add(new("Đăng ký kế hoạch KCQG", "/Registration", "megaphone", "Registration"));
        if (Policies.Allows(user, Policies.ProductReaders))
            items.Add(new("Sản phẩm CNNTTB", "/ProductRounds", "award", "ProductRounds"));
        if (Policies.Allows(user, Policies.Officers))
            items.Add(new("Đề cử sản phẩm", "/Nominations", "send", "Nominations"));
        if (businessReader)
        {
            items.Add(new("Cơ sở CNNT", "/Establishments", "shop", "Establishments"));
            items.Add(new("Khen thưởng", "/Commendations", "trophy", "Commendations"));
            items.Add(new("Báo cáo", "/Reports", "file-earmark-spreadsheet", "Reports"));
            items.Add(new("Kỳ báo cáo", "/ReportPeriods", "calendar-check", "ReportPeriods"));
        }
        if (Policies.Allows(user, Policies.ProjectAppraisers))
        {
            // A council member's scoring tasks: the badge is their inbox (they read no business register).
            var scoring = (await appraisals.LoadAsync(user, HttpContext.RequestAborted)).Sum(t => t.Waiting);
            items.Add(new("Hội đồng thẩm định đề án", "/AppraisalCouncil", "clipboard-check", "AppraisalCouncil",
                scoring));
        }
        if (businessReader)
            items.Add(new("Quyết định phê duyệt kế hoạch", "/PlanDecisions", "file-earmark-check", "PlanDecisions"));
        if (!businessReader && Policies.Allows(user, Policies.TaskReaders))
        {
            // A council member who reads no business register: their inbox is the entries and projects to score
            // (issue 15), counted as on the inbox page itself.
            var ct = HttpContext.RequestAborted;
            var waiting = (await entries.LoadAsync(user, ct)).Sum(t => t.Waiting)
                          + (await appraisals.LoadAsync(user, ct)).Sum(t => t.Waiting);
            items.Insert(1, new("Việc cần xử lý", "/Inbox", "inbox", "Inbox", waiting));
        }
        if (Policies.Allows(user, Policies.Administration))
        {
            items.Add(new("Người dùng", "/Users", "people", "Users"));
            items.Add(new("Nhật ký thay đổi", "/AuditLog", "journal-text", "AuditLog"));
            items.Add(new("Biểu mẫu chính thức", "/ReferenceForms", "file-earmark-ruled", "ReferenceForms"));
        }
        if (user.Identity?.IsAuthenticated == true)
            items.Add(new("Thông báo", "/Notifications", "bell", "Notifications",
                await unread.CountAsync(user, HttpContext.RequestAborted)));
        var current = ViewContext.RouteData.Values["controller"] as string;
        return View((items, current));
    }
}
