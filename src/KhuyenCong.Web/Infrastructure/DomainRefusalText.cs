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
        var translated = ex.Arguments.Length == 0
            ? localizer[ex.MessageKey]
            : localizer[ex.MessageKey, Localized(ex.Arguments, localizer)];
        return translated.ResourceNotFound ? ex.Message : translated.Value;
    }

    /// <summary>
    /// Our own wording among the arguments is translated too; data is not. Resource names are unique ignoring case, so
    /// a mid-sentence term ("tên đề án") shares the entry of its label ("Tên đề án" → "project name").
    /// An untranslated term reads as itself.
    /// </summary>
    private static object[] Localized(object?[] arguments, IStringLocalizer localizer) =>
        arguments.Select(a => a is MessageTerm term ? Term(term.Text, localizer) : a).ToArray()!;

    /// <summary>One of our terms in the user's language (also for scripts that compose a domain message).</summary>
    public static string Term(string text, IStringLocalizer localizer)
    {
        var exact = localizer[text];
        if (!exact.ResourceNotFound || text.Length == 0 || !char.IsLower(text[0])) return exact.Value;
        var label = localizer[char.ToUpperInvariant(text[0]) + text[1..]];
        return label.ResourceNotFound ? text : char.ToLowerInvariant(label.Value[0]) + label.Value[1..];
    }
}
