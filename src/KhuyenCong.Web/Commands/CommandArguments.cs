namespace KhuyenCong.Web.Commands;

/// <summary>
/// The options after a command's verbs: <c>--name value</c>, <c>--name=value</c> and bare flags such as
/// <c>--force</c>. Anything not declared by the command is refused, so a typo never runs with a default.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    private CommandArguments() { }

    public static CommandArguments Parse(IReadOnlyList<string> tokens, IReadOnlyCollection<string> valued,
        IReadOnlyCollection<string> flags)
    {
        var result = new CommandArguments();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
                throw new CommandRefusedException($"Đối số không hợp lệ / Unexpected argument: {token}");
            var name = token[2..];
            string? inline = null;
            if (name.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (flags.Contains(name, StringComparer.OrdinalIgnoreCase) && inline is null)
                result._flags.Add(name);
            else if (valued.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var value = inline ?? (i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal)
                    ? tokens[++i] : null);
                if (string.IsNullOrWhiteSpace(value))
                    throw new CommandRefusedException($"Thiếu giá trị cho / Missing value for --{name}");
                result._values[name] = value;
            }
            else
                throw new CommandRefusedException($"Tùy chọn không được hỗ trợ / Unknown option: --{name}");
        }
        return result;
    }

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) =>
        Optional(name) ?? throw new CommandRefusedException($"Thiếu tùy chọn bắt buộc / Missing required option: " +
            $"--{name}");

    public bool Flag(string name) => _flags.Contains(name);
}
