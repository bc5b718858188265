using Microsoft.AspNetCore.Mvc.Controllers;

namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// The one list of pages whose HTML is kept per user (issue 16): the read-only pages opened most and costly to
/// build at national scale — the dashboard (20-odd aggregations, ≈ 100 KB), the budget overview (sums over the year's
/// projects), the project list and inbox (counts over the scope on every visit), the plan list, and the project and
/// plan pages people return to between steps. Not kept: forms (they carry the edited row's version and are cheap),
/// files and exports (streamed, rate-limited), the notification list (its reads are not audited writes), the audit
/// log and the public registry (anonymous), JSON pickers and the API (small).
/// </summary>
public static class CachedPages
{
    private static readonly HashSet<(string Controller, string Action)> Pages =
    [
        ("Dashboard", "Index"),
        ("Budget", "Index"),
        ("Projects", "Index"),
        ("Projects", "Details"),
        ("Inbox", "Index"),
        ("Plans", "Index"),
        ("Plans", "Details"),
    ];

    public static bool Includes(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
        && Pages.Contains((action.ControllerName, action.ActionName));
}
