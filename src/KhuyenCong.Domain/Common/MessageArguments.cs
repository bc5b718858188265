using System.Globalization;

namespace KhuyenCong.Domain.Common;

/// <summary>
/// Renders refusal arguments the way the Vietnamese messages always showed them, so a message key's arguments
/// read the same whichever culture later formats the English text.
/// </summary>
public static class MessageArguments
{
    /// <summary>dd/MM/yyyy with a slash whatever the current culture (DOMAIN: dates read dd/MM/yyyy).</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
