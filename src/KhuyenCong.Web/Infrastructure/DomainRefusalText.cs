using KhuyenCong.Domain.Common;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// The text a user reads for a domain refusal: the key's translation for the current UI culture, filled with the
/// refusal's arguments, or the Vietnamese message when there is none (vi-VN has no resource file: the keys are
/// the Vietnamese texts).
/// </summary>
public static class DomainRefusalText
{
    public static string For(DomainException ex, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(localizer);
        // Without arguments the key is literal text and may quote user input with braces: never format it.
        var translated = ex.Arguments.Length == 0 ? localizer[ex.MessageKey] : localizer[ex.MessageKey, ex.Arguments!];
        return translated.ResourceNotFound ? ex.Message : translated.Value;
    }
}
