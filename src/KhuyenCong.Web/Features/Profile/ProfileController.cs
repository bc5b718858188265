using System.Globalization;
using System.Text;
using KhuyenCong.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace KhuyenCong.Web.Features.Profile;

/// <summary>The signed-in user's own account: password and authenticator-app two-factor sign-in.</summary>
public sealed class ProfileController(UserManager<AppUser> users, SignInManager<AppUser> signIn) : Controller
{
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
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword), error.Description);
            return View(model);
        }
        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        // The new cookie drops the must-change-password claim along with the old security stamp.
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Đã đổi mật khẩu.";
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
        if (!user.TwoFactorEnabled) await FillSetupAsync(user, model);
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> EnableAuthenticator(TwoFactorViewModel model)
    {
        var user = await CurrentAsync();
        var code = (model.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = code.Length > 0 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(model.Code), "Mã xác thực không đúng. Kiểm tra giờ trên điện thoại và nhập mã mới nhất.");
            await FillSetupAsync(user, model);
            return View(nameof(TwoFactor), model);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        TempData["RecoveryCodes"] = string.Join(" ", codes ?? []);
        TempData["Notice"] = "Đã bật xác thực hai lớp. Hãy lưu các mã khôi phục ở nơi an toàn.";
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await CurrentAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Đã tắt xác thực hai lớp.";
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled) return RedirectToAction(nameof(TwoFactor));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        TempData["RecoveryCodes"] = string.Join(" ", codes ?? []);
        TempData["Notice"] = "Đã tạo mã khôi phục mới; các mã cũ không còn dùng được.";
        return RedirectToAction(nameof(TwoFactor));
    }

    private async Task<AppUser> CurrentAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");

    private async Task FillSetupAsync(AppUser user, TwoFactorViewModel model)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        model.SharedKey = FormatKey(key!);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("KhuyenCong")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=KhuyenCong&digits=6");
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
