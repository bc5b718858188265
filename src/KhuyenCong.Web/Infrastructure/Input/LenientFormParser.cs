using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Parses an application/x-www-form-urlencoded body that ASP.NET Core's reader refused for its characters
/// ("The form value contains invalid characters", a NUL). The fields then reach model binding, which refuses
/// them as validation errors, so the form comes back with what the user typed instead of a bare 400 page.
/// </summary>
public static class LenientFormParser
{
    public static async Task<FormCollection> ParseAsync(Stream body, FormOptions limits, CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false,
            leaveOpen: true);
        var text = await reader.ReadToEndAsync(ct);
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (++count > limits.ValueCountLimit) throw new InvalidDataException("Form value count limit exceeded.");
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (name.Length > limits.KeyLengthLimit || value.Length > limits.ValueLengthLimit)
                throw new InvalidDataException("Form key or value length limit exceeded.");
            fields[name] = fields.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value)
                : new StringValues(value);
        }
        return new FormCollection(fields);
    }

    private static string Decode(string encoded)
    {
        var spaced = encoded.Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(spaced);
        }
        catch (UriFormatException)
        {
            return spaced;
        }
    }
}
