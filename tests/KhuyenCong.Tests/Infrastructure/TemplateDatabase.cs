namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// The seeded database every <see cref="PortalFactory"/> starts from. Seeding 14,000 administrative units and
/// hashing ten demo passwords takes seconds; copying the result takes milliseconds. Built once per test run,
/// by the portal itself (migrations and seeding exactly as in production), on first use.
/// </summary>
internal static class TemplateDatabase
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string destination) => SqliteFiles.Copy(Template.Value, destination);

    private static string Create()
    {
        var path = Path.Combine(TestDirectories.Run, "template.db");
        using (var factory = new PortalFactory(path))
        {
            // Resolving the services starts the host, and Program.cs migrates and seeds before it runs.
            _ = factory.Services;
        }
        SqliteFiles.Checkpoint(path);
        return path;
    }
}
