namespace KhuyenCong.Web.Commands;

/// <summary>
/// Where a command reads and writes: the process's console in production, strings in tests.
/// <paramref name="InputRedirected"/> tells a piped password (read it) from a terminal (generate one instead).
/// </summary>
public sealed record CommandConsole(TextReader In, TextWriter Out, TextWriter Error, bool InputRedirected)
{
    public static CommandConsole System =>
        new(Console.In, Console.Out, Console.Error, Console.IsInputRedirected);
}
