using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace KhuyenCong.Web.Features.Profile;

/// <summary>
/// Carries a proposed authenticator key through the set-up form, protected (keys are shared by every web instance
/// through the database), bound to the user and valid for 30 minutes, so that nothing is stored until confirmed.
/// </summary>
public sealed class PendingAuthenticatorKeys(IDataProtectionProvider provider)
{
    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("KhuyenCong.Profile.PendingAuthenticatorKey").ToTimeLimitedDataProtector();

    public string Write(string key, string userId) => _protector.Protect($"{userId}\n{key}", TimeSpan.FromMinutes(30));

    public string? Read(string? protectedValue, string userId)
    {
        if (string.IsNullOrEmpty(protectedValue)) return null;
        try
        {
            var parts = _protector.Unprotect(protectedValue).Split('\n');
            return parts.Length == 2 && parts[0] == userId ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
