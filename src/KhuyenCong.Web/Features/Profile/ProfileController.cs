using System.Globalization;
using System.Text;
using KhuyenCong.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Profile;

/// <summary>The signed-in user's own account: password and authenticator-app two-factor sign-in.</summary>
[Authorization.AllowWhenOrganisationEnded]
public sealed class ProfileController(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IUserStore<AppUser> userStore,
    PendingAuthenticatorKeys pendingKeys)
    : Controller
{
    // Where Identity's EF store keeps the authenticator key (UserManager's own constants are internal).
    private const string AuthenticatorKeyProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyName = "AuthenticatorKey";

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch"
                    ? nameof(model.CurrentPassword) : nameof(model.NewPassword), error.Description);
            return View(model);
        }
        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        // The new cookie drops the must-change-password claim along with the old security stamp.
        await signIn.RefreshSignInAsync(user);
        TempData.Notice("Đã đổi mật khẩu.");
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpGet]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await CurrentAsync();
        var model = new TwoFactorViewModel
        {
            Enabled = user.TwoFactorEnabled,
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        };
        // Only a proposal: the stored key (and so every open session) stays as it is until a code confirms it.
        if (!user.TwoFactorEnabled) FillSetup(user, users.GenerateNewAuthenticatorKey(), model);
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> EnableAuthenticator(TwoFactorViewModel model)
    {
        var user = await CurrentAsync();
        if (user.TwoFactorEnabled) return RedirectToAction(nameof(TwoFactor));
        var key = pendingKeys.Read(model.PendingKey, user.Id);
        if (key is null)
        {
            ModelState.AddModelError(nameof(model.Code),
                "Phiên thiết lập đã hết hạn. Hãy quét lại mã QR mới và nhập mã.");
            FillSetup(user, users.GenerateNewAuthenticatorKey(), model);
            return View(nameof(TwoFactor), model);
        }
        if (!AuthenticatorCode.Matches(key, model.Code))
        {
            ModelState.AddModelError(nameof(model.Code),
                "Mã xác thực không đúng. Kiểm tra giờ trên điện thoại và nhập mã mới nhất.");
            FillSetup(user, key, model);
            return View(nameof(TwoFactor), model);
        }
        await ((IUserAuthenticatorKeyStore<AppUser>)userStore)
            .SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
        await users.UpdateAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await signIn.RefreshSignInAsync(user);
        TempData["RecoveryCodes"] = string.Join(" ", codes ?? []);
        TempData.Notice("Đã bật xác thực hai lớp. Hãy lưu các mã khôi phục ở nơi an toàn.");
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost]
    public async Task<IActionResult> DisableTwoFactor(string? currentPassword)
    {
        var user = await CurrentAsync();
        // Someone at an unattended, signed-in screen must not be able to take the second factor away.
        if (string.IsNullOrEmpty(currentPassword) || !await users.CheckPasswordAsync(user, currentPassword))
        {
            TempData["Error"] = "Mật khẩu không đúng: xác thực hai lớp vẫn được bật.";
            return RedirectToAction(nameof(TwoFactor));
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, AuthenticatorKeyProvider, AuthenticatorKeyName);
        await signIn.RefreshSignInAsync(user);
        TempData.Notice("Đã tắt xác thực hai lớp.");
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled) return RedirectToAction(nameof(TwoFactor));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        TempData["RecoveryCodes"] = string.Join(" ", codes ?? []);
        TempData.Notice("Đã tạo mã khôi phục mới; các mã cũ không còn dùng được.");
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpGet]
    public async Task<IActionResult> ChangeEmail() =>
        View(new ChangeEmailViewModel { NewEmail = (await CurrentAsync()).Email ?? "" });

    [HttpPost]
    public async Task<IActionResult> ChangeEmail(ChangeEmailViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var user = await CurrentAsync();
        if (!await users.CheckPasswordAsync(user, model.CurrentPassword))
        {
            ModelState.AddModelError(nameof(model.CurrentPassword), "Mật khẩu không đúng.");
            return View(model);
        }
        var email = model.NewEmail.Trim();
        // The e-mail is also the sign-in name: both change together or not at all.
        var result = await users.SetEmailAsync(user, email);
        if (result.Succeeded) result = await users.SetUserNameAsync(user, email);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(model.NewEmail), error.Description);
            return View(model);
        }
        await signIn.RefreshSignInAsync(user);
        TempData.Notice("Đã đổi thư điện tử đăng nhập.");
        return RedirectToAction(nameof(ChangeEmail));
    }

    private async Task<AppUser> CurrentAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    private void FillSetup(AppUser user, string key, TwoFactorViewModel model)
    {
        model.PendingKey = pendingKeys.Write(key, user.Id);
        model.SharedKey = FormatKey(key);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("KhuyenCong")}:{Uri.EscapeDataString(user.Email!)}"
            + $"?secret={key}&issuer=KhuyenCong&digits=6");
        model.AuthenticatorUri = uri;
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        model.QrCodeSvg = new SvgQRCode(data).GetGraphic(4);
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
