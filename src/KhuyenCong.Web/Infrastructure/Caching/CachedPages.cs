namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// The pages whose HTML is kept per user (issue 16), each marked with <see cref="CachedPageAttribute"/> on its action:
/// the read-only pages opened most and costly to build at national scale — the dashboard (20-odd aggregations,
/// ≈ 100 KB), the budget overview (sums over the year's projects), the project list and inbox (counts over the scope
/// on every visit), the plan list, and the project and plan pages people return to between steps. Not kept: forms
/// (they carry the edited row's version and are cheap), files and exports (streamed, rate-limited), the job pages
/// (their progress is no audited write), the notification list (its reads are not audited writes), the audit log and
/// the public registry (anonymous), JSON pickers and the API (small).
/// </summary>
public static class CachedPages
{
    /// <summary>The page's declaration, or null when the endpoint is no kept page.</summary>
    public static CachedPageAttribute? Of(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<CachedPageAttribute>();

    public static bool Includes(Endpoint? endpoint) => Of(endpoint) is not null;
}
