using OtpNet;

namespace KhuyenCong.Web.Features.Profile;

/// <summary>
/// Checks a 6-digit code against a proposed authenticator key before it is stored (Identity only checks stored
/// keys). Same rules as Identity's authenticator provider: base32 key, 30-second steps, two steps either side.
/// </summary>
public static class AuthenticatorCode
{
    public static bool Matches(string base32Key, string? code)
    {
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)) return false;
        var totp = new Totp(Base32Encoding.ToBytes(base32Key));
        return totp.VerifyTotp(digits, out _, new VerificationWindow(previous: 2, future: 2));
    }
}
