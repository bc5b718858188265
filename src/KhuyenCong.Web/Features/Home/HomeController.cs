using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Home;

public sealed class HomeController(AppDbContext db, TimeProvider clock, Projects.InboxQuery inbox,
    AppraisalCouncil.AppraisalTasksQuery appraisals, ProductRounds.ScoringTasksQuery entries) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var model = new HomeViewModel
        {
            FullName = User.FindFirst(Authorization.AppClaims.FullName)?.Value ?? User.Identity!.Name!,
            Organisation = User.FindFirst(Authorization.AppClaims.OrganisationName)?.Value ?? "",
            Roles = RoleNames.All.Where(User.IsInRole).ToList(),
        };
        if (Policies.Allows(User, Policies.Administration))
        {
            var now = clock.GetUtcNow();
            model.LockedAccounts = await db.Users.CountAsync(u => u.LockoutEnd != null && u.LockoutEnd > now, ct);
        }
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        model.TwoFactorEnabled = await db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled)
            .SingleAsync(ct);
        model.Waiting = (await inbox.LoadAsync(User, ct)).Where(b => b.Items.Count > 0)
            .Select(b => (b.Title, b.Total)).ToList();
        model.Scoring = await appraisals.LoadAsync(User, ct);
        model.EntriesToScore = await entries.LoadAsync(User, ct);
        return View(model);
    }

    [AllowAnonymous]
    [AllowWhenOrganisationEnded]
    [IgnoreAntiforgeryToken]
    [NoBodyBinding]
    public IActionResult Error() => View("Status", new StatusViewModel(StatusCodes.Status500InternalServerError));

    /// <summary>
    /// Page for 4xx/5xx status codes (re-executed by the status code pages middleware); JSON for the API.
    /// Only codes the portal really sends are echoed; any other number in the address is a page that does not exist.
    /// </summary>
    [AllowAnonymous]
    [AllowWhenOrganisationEnded]
    [IgnoreAntiforgeryToken]
    [NoBodyBinding]
    [Route("Home/Status/{code}")]
    public IActionResult Status(string code, [FromServices] IStringLocalizer<SharedResource> localizer)
    {
        var status = int.TryParse(code, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                     && StatusViewModel.Known.Contains(parsed)
            ? parsed
            : StatusCodes.Status404NotFound;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        // A refusal that says why (an ended organisation's user and who took over) keeps its reason.
        var message = HttpContext.Items[Authorization.EndedOrganisationMiddleware.MessageItem] as string;
        // A role policy's refusal names the roles the page needs (RoleRefusalResultHandler).
        var roles = status == StatusCodes.Status403Forbidden && message is null
            ? RoleRefusalResultHandler.RequiredRoles(HttpContext)?.Select(RoleNames.DisplayName).ToList()
            : null;
        if (original?.OriginalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
            return Problem(statusCode: status, detail: message ?? (roles is null ? null
                : localizer[StatusViewModel.RolesExplanation,
                    string.Join(", ", roles.Select(r => localizer[r].Value))].Value));
        Response.StatusCode = status;
        var limit = HttpContext.Items[RequestBodyGuardMiddleware.LimitItem] as long?;
        return View(new StatusViewModel(status)
        {
            LimitBytes = status == StatusCodes.Status413PayloadTooLarge ? limit : null, Message = message,
            RequiredRoles = roles, BackUrl = BackUrl(original?.OriginalPath),
        });
    }

    /// <summary>
    /// Where the refused or missing page was opened from, when that is a page of this portal other than the
    /// refused one itself: the referrer's path and query, never another site's address.
    /// </summary>
    private string? BackUrl(string? refusedPath)
    {
        if (!Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer)
            || !string.Equals(referrer.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(referrer.AbsolutePath, refusedPath, StringComparison.OrdinalIgnoreCase))
            return null;
        return Url.IsLocalUrl(referrer.PathAndQuery) ? referrer.PathAndQuery : null;
    }

    /// <summary>Switches the interface language (Vietnamese / English) for a year.</summary>
    [AllowAnonymous]
    [AllowWhenOrganisationEnded]
    [HttpPost]
    public IActionResult Language(string culture, string? returnUrl)
    {
        if (WebServiceCollectionExtensions.SupportedCultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true,
                    SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
