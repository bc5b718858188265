using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Users;

/// <summary>
/// An account's security buttons on its edit page: lock and unlock, reset the authenticator, set a new password
/// (administrators only). The URLs are the accounts' own (<c>/Users/Lock/{id}</c>, …); each step goes back to the
/// account's page with a notice or the reason it was refused.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("Users")]
public sealed class UserSecurityController(
    AppDbContext db, UserManager<AppUser> users, AdministratorGuard administrators) : Controller
{
    [HttpPost("[action]/{id}")]
    public async Task<IActionResult> Lock(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (user.Id == users.GetUserId(User))
        {
            TempData["Error"] = "Bạn không thể tự khóa tài khoản của mình.";
            return RedirectToAction("Edit", "Users", new { id });
        }
        if (Policies.Allows(await users.GetRolesAsync(user), Policies.Administration)
            && !await administrators.OthersRemainAsync(user.Id, null, ct))
        {
            TempData["Error"] = AdministratorGuard.LastAdministrator;
            return RedirectToAction("Edit", "Users", new { id });
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await DatabaseTicketStore.EndAllAsync(db, user.Id, ct);
        TempData.Notice("Đã khóa tài khoản.");
        return RedirectToAction("Edit", "Users", new { id });
    }

    [HttpPost("[action]/{id}")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData.Notice("Đã mở khóa tài khoản.");
        return RedirectToAction("Edit", "Users", new { id });
    }

    /// <summary>
    /// For a user who lost their phone: two-factor sign-in off, key and recovery codes gone, sessions ended. The user
    /// sets up a new authenticator at their next sign-in (or is made to, where the role requires it).
    /// </summary>
    [HttpPost("[action]/{id}")]
    public async Task<IActionResult> ResetAuthenticator(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (user.Id == users.GetUserId(User))
        {
            TempData["Error"] = "Hãy dùng trang Xác thực hai lớp của chính bạn.";
            return RedirectToAction("Edit", "Users", new { id });
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        await DatabaseTicketStore.EndAllAsync(db, user.Id, ct);
        TempData.Notice("Đã đặt lại ứng dụng xác thực: người dùng thiết lập lại ở lần đăng nhập tới.");
        return RedirectToAction("Edit", "Users", new { id });
    }

    [HttpPost("[action]/{id}")]
    public async Task<IActionResult> ResetPassword(string id, string? newPassword)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (string.IsNullOrWhiteSpace(newPassword))
        {
            TempData["Error"] = "Vui lòng nhập mật khẩu mới.";
            return RedirectToAction("Edit", "Users", new { id });
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        TempData[result.Succeeded ? "Notice" : "Error"] = result.Succeeded
            ? "Đã đặt lại mật khẩu. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn."
            : string.Join(" ", result.Errors.Select(e => e.Description));
        return RedirectToAction("Edit", "Users", new { id });
    }
}
