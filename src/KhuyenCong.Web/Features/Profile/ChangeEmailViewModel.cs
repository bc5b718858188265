using System.ComponentModel.DataAnnotations;

namespace KhuyenCong.Web.Features.Profile;

public sealed class ChangeEmailViewModel
{
    [Required, EmailAddress, StringLength(256), Display(Name = "Thư điện tử mới")]
    public string NewEmail { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Mật khẩu hiện tại")]
    public string CurrentPassword { get; set; } = "";
}
