using System.ComponentModel.DataAnnotations;

namespace KhuyenCong.Web.Features.Account;

public sealed class LoginWith2faViewModel
{
    [Required, StringLength(20, MinimumLength = 6), Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    [Display(Name = "Dùng mã khôi phục")]
    public bool UseRecoveryCode { get; set; }

    [Display(Name = "Ghi nhớ máy tính này")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}
