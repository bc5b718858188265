namespace KhuyenCong.Tests.Infrastructure;

/// <summary>The repository's root folder (the one holding KhuyenCong.sln), for tests that read source files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KhuyenCong.sln")))
            folder = folder.Parent;
        return folder?.FullName
               ?? throw new InvalidOperationException("KhuyenCong.sln not found above " + AppContext.BaseDirectory);
    }
}
