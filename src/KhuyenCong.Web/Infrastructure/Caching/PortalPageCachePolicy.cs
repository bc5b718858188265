using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using KhuyenCong.Web.Features.Notifications;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>
/// Output caching of the signed-in users' read-only pages (<see cref="CachedPages"/>). A page is kept under
/// everything that can change it: the user (all their claims: id, roles, organisation, names), their antiforgery
/// cookie (so the forms' tokens in a kept page are valid for the browser that receives it), culture, path and the
/// query keys the page reads (<see cref="CachedPageAttribute"/>),
/// the <see cref="DataVersion"/> (moved by every audited write, on any instance), today's date in Vietnam and the
/// user's unread notifications (the menu's badge; reading a notification is not an audited write).
/// Never kept or served: anything but a GET without a body, an anonymous request, a request carrying a one-time
/// notice (TempData), and a response that is not a 200 HTML page or sets a cookie.
/// </summary>
public sealed class PortalPageCachePolicy : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<PageCacheOptions>>().Value;
        var antiforgery = services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        var tempData = services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name;
        var request = http.Request;
        var page = CachedPages.Of(http.GetEndpoint());
        if (!options.Enabled || !HttpMethods.IsGet(request.Method) || HasBody(request)
            || http.User.Identity?.IsAuthenticated != true || page is null
            || antiforgery is null || !request.Cookies.TryGetValue(antiforgery, out var formCookie)
            || HasTempData(request, tempData))
        {
            context.EnableOutputCaching = false;
            return;
        }

        var version = await services.GetRequiredService<DataVersion>().CurrentAsync(cancellation);
        var unread = await services.GetRequiredService<UnreadNotifications>().CountAsync(http.User, cancellation);
        var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        // A query key the page does not read changes nothing on it: such a request may be served the page kept for
        // the keys it does read, but is not kept under its own (random keys would fill the cache's size limit).
        context.AllowCacheStorage = request.Query.Keys.All(page.Reads);
        context.AllowLocking = true;
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = page.QueryKeys.Count == 0 ? StringValues.Empty : new StringValues([.. page.QueryKeys]);
        vary.VaryByValues["user"] = Hash(Claims(http.User));
        vary.VaryByValues["form"] = Hash(formCookie);
        vary.VaryByValues["culture"] = $"{CultureInfo.CurrentCulture.Name}|{CultureInfo.CurrentUICulture.Name}";
        vary.VaryByValues["data"] = version.ToString(CultureInfo.InvariantCulture);
        vary.VaryByValues["day"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        vary.VaryByValues["unread"] = unread.ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(options.Minutes);
        context.Tags.Add(await services.GetRequiredService<PageCacheVersions>().TagAsync(version));
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var services = context.HttpContext.RequestServices;
        var tempData = services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Any(c => !IsEmptyTempDataRemoval(c, tempData, now))
            || response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The one cookie a kept page may carry: the removal of an empty TempData cookie, which every page that reads
    /// TempData answers to a client still sending one (an HTTP client that keeps expired cookies). It clears nothing.
    /// </summary>
    private static bool IsEmptyTempDataRemoval(string? header, string? tempData, DateTimeOffset now) =>
        tempData is not null && SetCookieHeaderValue.TryParse(header, out var cookie)
        && cookie.Name.Equals(tempData, StringComparison.Ordinal) && cookie.Value.Length == 0
        && cookie.Expires < now;

    /// <summary>
    /// A one-time notice travels in the TempData cookie (chunked: name, nameC1, …); an empty one carries none.
    /// </summary>
    private static bool HasTempData(HttpRequest request, string? cookie) => cookie is not null
        && request.Cookies.Any(c => c.Key.StartsWith(cookie, StringComparison.Ordinal) && c.Value.Length > 0);

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;

    private static string Claims(ClaimsPrincipal user) =>
        string.Join('\n', user.Claims.Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal));

    /// <summary>Keys hold a digest, not the user's claims or cookie themselves.</summary>
    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
