using KhuyenCong.Web.Authorization;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// A signed-in account with a temporary password (see <c>AppUser.MustChangePassword</c>) reaches only the
/// change-password page, sign-out, the status and error pages and the health check until it picks its own password.
/// One place for every endpoint, so a new controller cannot forget the check. Static files are served earlier in
/// the pipeline and never get here.
/// </summary>
public sealed class PasswordChangeRequiredMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Profile/ChangePassword";

    private static readonly PathString[] Reachable =
    [
        ChangePasswordPath, "/Account/Logout", "/Account/Login", "/Account/AccessDenied",
        "/Home/Status", "/Home/Error", "/Home/Language", "/healthz",
    ];

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(AppClaims.MustChangePassword, "true")
            || Reachable.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
            return next(context);

        // A script cannot follow a redirect to a form, so the API answers plainly.
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        else
            context.Response.Redirect(ChangePasswordPath);
        return Task.CompletedTask;
    }
}
