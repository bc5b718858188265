using System.Globalization;

namespace KhuyenCong.Domain.Common;

/// <summary>
/// A business rule refused an action. <see cref="MessageKey"/> is the Vietnamese composite format ("Vượt {0} triệu
/// đồng.") and the key under which the web finds the English text; <see cref="Arguments"/> fill its placeholders.
/// <see cref="Exception.Message"/> stays the Vietnamese text, formatted with vi-VN, so logs and callers that show it
/// read exactly what they read before keys existed.
/// </summary>
public class DomainException : Exception
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <param name="messageKey">
    /// Vietnamese text with {0}, {1}… placeholders. Without arguments it is taken literally, never formatted, so a
    /// message that quotes user input containing braces (amount parsing) cannot break.
    /// </param>
    /// <param name="arguments">
    /// Values for the placeholders, passed as they should read: <see cref="Vnd"/> (formats itself in vi-VN), dates
    /// already as dd/MM/yyyy text, names as they are.
    /// </param>
    public DomainException(string messageKey, params object?[] arguments)
        : base(Format(messageKey, arguments))
    {
        MessageKey = messageKey;
        Arguments = arguments;
    }

    public string MessageKey { get; }

    public object?[] Arguments { get; }

    private static string Format(string key, object?[] arguments) =>
        arguments.Length == 0 ? key : string.Format(Vi, key, arguments);
}
