using KhuyenCong.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Fuzz;

/// <summary>
/// The portal whose sessions are not revalidated during a run. The portal checks a session's security stamp once
/// a minute and then rewrites the stored session: on a loaded machine the fuzz run outlasts that minute, and the
/// rewrite would count as "the database changed" on whichever refused case it happens to land.
/// </summary>
public sealed class StableSessionPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromHours(8)));
    }
}
