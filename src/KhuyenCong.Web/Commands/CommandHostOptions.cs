namespace KhuyenCong.Web.Commands;

/// <summary>
/// How a command finds the portal's settings. Empty in production: the same appsettings, environment variables and
/// content root as the web start. Tests point it at their own database and folders.
/// </summary>
public sealed class CommandHostOptions
{
    public string? EnvironmentName { get; init; }
    public string? ContentRoot { get; init; }

    /// <summary>Settings laid over appsettings and environment variables (highest precedence).</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();
}
