namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>
/// Browser test classes run one after another: each starts its own portal, and the portal's Program sets
/// Serilog's static logger, which two hosts starting at once in one process would race for.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
