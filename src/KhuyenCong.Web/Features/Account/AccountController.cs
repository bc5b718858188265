using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Account;

/// <summary>
/// Sign-in (with the authenticator-app second step), sign-out. A user of an ended organisation signs in as before
/// and reads the old scope (ended, not locked: see <see cref="EndedOrganisationClaims"/>).
/// </summary>
[AllowAnonymous]
[AllowWhenOrganisationEnded]
public sealed class AccountController(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, TimeProvider clock,
    SignInAccountLimiter accountLimiter, ILogger<AccountController> logger) : Controller
{
    // A hash in the format of real ones, checked for unknown e-mails so that they take as long as known ones.
    private static readonly Lazy<string> UnknownAccountHash =
        new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [HttpGet]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true
            ? LocalRedirect(SafeReturn(returnUrl))
            : View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        if (accountLimiter.TryAttempt(model.Email) is { } wait) return TooManyAttempts(wait);

        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is null)
        {
            // As long as a wrong password for a real account, so the time tells nothing either.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash.Value, model.Password);
            return WrongCredentials(model);
        }
        var result = await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", user.UserName);
            return LocalRedirect(await LandingAsync(user, model.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(LoginWith2fa), new { model.ReturnUrl, model.RememberMe });
        // Only the account's owner (who knows the password) learns that it is locked; a stranger sees the
        // ordinary refusal, after the same password check.
        if (result.IsLockedOut && await users.CheckPasswordAsync(user, model.Password))
        {
            logger.LogWarning("User {UserName} is locked out", user.UserName);
            ModelState.AddModelError("",
                "Tài khoản tạm thời bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.");
            return View(model);
        }
        return WrongCredentials(model);
    }

    [HttpGet]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(Login));
        return View(new LoginWith2faViewModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> LoginWith2fa(LoginWith2faViewModel model)
    {
        var pending = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (pending is null) return RedirectToAction(nameof(Login));
        if (!ModelState.IsValid) return View(model);

        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = model.UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, model.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(await LandingAsync(pending, model.ReturnUrl));
        }
        if (result.IsLockedOut)
            ModelState.AddModelError("",
                "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
        else
            ModelState.AddModelError(nameof(model.Code), "Mã xác thực không đúng.");
        return View(model);
    }

    /// <summary>
    /// Where a successful sign-in goes: the page asked for, else the home page. Whoever may read the dashboard
    /// (<see cref="Policies.BusinessReaders"/>) but has no work to do — a leader, or an officer of an ended
    /// organisation, who only reads (<see cref="EndedOrganisationClaims"/>) — lands on the dashboard, the page they
    /// open before a meeting; an officer or administrator keeps the home page, where their waiting work is.
    /// </summary>
    private async Task<string> LandingAsync(AppUser user, string? returnUrl)
    {
        var target = SafeReturn(returnUrl);
        if (target != "/") return target;
        var roles = await users.GetRolesAsync(user);
        var today = Infrastructure.VietnamTime.Today(clock);
        var ended = await db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.ValidTo < today);
        var working = Policies.Allows(roles, Policies.Administration)
                      || (Policies.Allows(roles, Policies.Officers) && !ended);
        return Policies.Allows(roles, Policies.BusinessReaders) && !working ? "/Dashboard" : target;
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        TempData.Notice("Bạn đã đăng xuất.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult AccessDenied() => StatusCode(StatusCodes.Status403Forbidden);

    private ViewResult WrongCredentials(LoginViewModel model)
    {
        ModelState.AddModelError("", "Thư điện tử hoặc mật khẩu không đúng.");
        return View(model);
    }

    /// <summary>Too many attempts at one account: 429 with when to try again, rendered by the status page.</summary>
    private StatusCodeResult TooManyAttempts(TimeSpan wait)
    {
        Response.Headers.RetryAfter = RateLimits.Seconds(wait);
        return StatusCode(StatusCodes.Status429TooManyRequests);
    }

    private string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
