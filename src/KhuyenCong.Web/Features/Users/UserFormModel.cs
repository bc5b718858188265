using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KhuyenCong.Web.Features.Users;

public sealed class UserFormModel
{
    public string? Id { get; set; }
    public string? ConcurrencyStamp { get; set; }

    [Required, EmailAddress, StringLength(256), Display(Name = "Thư điện tử (tên đăng nhập)")]
    public string Email { get; set; } = "";

    [Required, StringLength(200), Display(Name = "Họ và tên")]
    public string FullName { get; set; } = "";

    [Required, Display(Name = "Đơn vị")]
    public int? OrganisationId { get; set; }

    [Display(Name = "Vai trò")]
    public List<string> Roles { get; set; } = [];

    [DataType(DataType.Password), Display(Name = "Mật khẩu ban đầu")]
    public string? Password { get; set; }

    public List<SelectListItem> Organisations { get; set; } = [];
    public bool IsLocked { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public bool TwoFactorEnabled { get; set; }
}
