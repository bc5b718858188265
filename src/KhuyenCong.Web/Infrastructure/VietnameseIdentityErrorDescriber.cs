using Microsoft.AspNetCore.Identity;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>Identity's messages in Vietnamese, the language of the portal's users.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu hiện tại không đúng." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Thư điện tử {email} đã được dùng cho tài khoản khác." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập {userName} đã tồn tại." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"Thư điện tử '{email}' không hợp lệ." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Tên đăng nhập '{userName}' không hợp lệ." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Mã xác nhận không hợp lệ hoặc đã hết hạn." };

    public override IdentityError ConcurrencyFailure() =>
        new()
        {
            Code = nameof(ConcurrencyFailure),
            Description = "Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang.",
        };

    public override IdentityError UserAlreadyInRole(string role) =>
        new() { Code = nameof(UserAlreadyInRole), Description = "Người dùng đã có vai trò này." };

    public override IdentityError UserLockoutNotEnabled() =>
        new() { Code = nameof(UserLockoutNotEnabled), Description = "Tài khoản này không thể bị khóa." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Đã có lỗi xảy ra. Vui lòng thử lại." };
}
