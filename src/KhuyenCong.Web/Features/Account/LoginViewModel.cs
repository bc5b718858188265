using System.ComponentModel.DataAnnotations;

namespace KhuyenCong.Web.Features.Account;

public sealed class LoginViewModel
{
    [Required, EmailAddress, Display(Name = "Thư điện tử")]
    public string Email { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    [Display(Name = "Ghi nhớ đăng nhập")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
