using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// The portal with every export of more than two rows sent to the background, and the job loop polling five
/// times a second, so that the demo data exercises the long-export path quickly.
/// </summary>
public sealed class ExportPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Exports:DirectRowLimit"] = "2",
            ["Exports:PollInterval"] = "00:00:00.2",
        }));
    }
}
