using System.ComponentModel.DataAnnotations;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>The user's own choice: e-mail copies of notifications on or off, and their language.</summary>
public sealed class NotificationSettingsModel
{
    [Display(Name = "Gửi thông báo đến thư điện tử của tôi")]
    public bool ReceiveEmail { get; set; }

    [Display(Name = "Ngôn ngữ của thư")]
    [Required]
    [RegularExpression("^(vi-VN|en)$", ErrorMessage = "Chỉ chọn tiếng Việt hoặc tiếng Anh.")]
    public string Language { get; set; } = "vi-VN";

    public string? Email { get; set; }
    public bool PortalSendsEmail { get; set; }
}
