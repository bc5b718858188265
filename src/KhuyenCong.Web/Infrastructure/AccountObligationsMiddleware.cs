using KhuyenCong.Web.Authorization;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// What a signed-in account must do before anything else: choose its own password when it has a temporary one
/// (<c>AppUser.MustChangePassword</c>), then set up an authenticator app when its role requires two-factor sign-in
/// (<c>Security:RequireTwoFactorFor</c>). Until then it reaches only that page, sign-out, the status and error pages
/// and the health check. One place for every endpoint, so a new controller cannot forget the check; the obligations
/// travel as claims in the session, so the check costs no query. Static files are served earlier in the pipeline.
/// </summary>
public sealed class AccountObligationsMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Profile/ChangePassword";
    public const string TwoFactorPath = "/Profile/TwoFactor";

    private static readonly PathString[] AlwaysReachable =
    [
        "/Account/Logout", "/Account/Login", "/Account/AccessDenied", "/Home/Status", "/Home/Error", "/Home/Language",
            "/healthz",
    ];

    private static readonly PathString[] TwoFactorSetup = [TwoFactorPath, "/Profile/EnableAuthenticator"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        string? target = null;
        if (context.User.HasClaim(AppClaims.MustChangePassword, "true"))
            target = Reaches(path, [ChangePasswordPath]) ? null : ChangePasswordPath;
        else if (context.User.HasClaim(AppClaims.MustEnrolTwoFactor, "true"))
            target = Reaches(path, TwoFactorSetup) ? null : TwoFactorPath;
        if (target is null || Reaches(path, AlwaysReachable)) return next(context);

        // A script cannot follow a redirect to a form, so the API answers plainly.
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        else
            context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    private static bool Reaches(PathString path, PathString[] allowed) =>
        allowed.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
