using System.ComponentModel.DataAnnotations;

namespace KhuyenCong.Web.Features.Profile;

public sealed class TwoFactorViewModel
{
    public bool Enabled { get; set; }
    public int RecoveryCodesLeft { get; set; }
    public string? SharedKey { get; set; }
    public string? AuthenticatorUri { get; set; }
    public string? QrCodeSvg { get; set; }

    /// <summary>
    /// The proposed key, protected and bound to the user, carried by the form until a code confirms it.
    /// </summary>
    public string? PendingKey { get; set; }

    [Display(Name = "Mã xác thực")]
    public string? Code { get; set; }
}
