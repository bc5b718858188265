using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>The portal with e-mail on, sending to <paramref name="smtpPort"/> on this machine every second.</summary>
public sealed class EmailPortalFactory(int smtpPort) : PortalFactory
{
    public const string PortalUrl = "https://khuyencong.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Email:Enabled"] = "true",
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Security"] = "None",
            ["Email:From"] = "khuyencong@khuyencong.test",
            ["Email:PortalUrl"] = PortalUrl,
            ["Email:PollSeconds"] = "1",
            ["Email:TimeoutSeconds"] = "5",
        }));
    }
}
