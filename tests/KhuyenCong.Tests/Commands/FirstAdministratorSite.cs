using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Commands;

/// <summary>
/// A fresh deployment (an empty SQLite file, nothing else) on which the operator has run
/// <c>admin create</c> once, with the password piped on stdin, as the README tells them to.
/// </summary>
public sealed class FirstAdministratorSite : IAsyncLifetime
{
    public const string Email = "quantri@moit.gov.vn";
    public const string Organisation = "Bộ Công Thương";
    public const string Password = "Mat-khau-tam-thoi-2026";

    public CommandSite Site { get; } = new();
    public CommandResult FirstRun { get; private set; } = null!;
    public ProductionPortalFactory Portal => _portal ??= new ProductionPortalFactory(Site);

    private ProductionPortalFactory? _portal;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Site.DatabasePath)!);
        await File.WriteAllBytesAsync(Site.DatabasePath, []);
        FirstRun = await Site.RunAsync(Password + "\n",
            "admin", "create", "--email", Email, "--organisation", Organisation, "--full-name", "Nguyễn Thị Quản Trị");
    }

    public Task DisposeAsync()
    {
        _portal?.Dispose();
        Site.Dispose();
        return Task.CompletedTask;
    }
}
