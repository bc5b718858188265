using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// The portal as a fresh deployment runs it: environment Production, demo seeding off, on a database prepared by the
/// operator commands (<see cref="CommandSite"/>) rather than the demo template.
/// </summary>
public sealed class ProductionPortalFactory(CommandSite site) : PortalFactory(site.DatabasePath)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seeding:Demo"] = "false",
            ["Storage:Attachments"] = site.AttachmentsFolder,
        }));
    }
}
