using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Infrastructure.Caching;

/// <summary>The page cache (issue 16): ASP.NET Core's output caching with the portal's own policy.</summary>
public static class PageCacheExtensions
{
    public static IServiceCollection AddKhuyenCongPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PageCacheOptions>>((options, page) =>
        {
            options.SizeLimit = page.Value.SizeLimitMegabytes * 1024L * 1024;
            options.MaximumBodySize = page.Value.MaxPageKilobytes * 1024L;
            options.AddBasePolicy(new PortalPageCachePolicy());
        });
        services.AddSingleton<PageCacheVersions>();
        return services;
    }

    /// <summary>
    /// After authentication, the account obligations, the ended-organisation rule, authorization and the input
    /// guards: a kept page is served only to a request that would have been let through to the page itself.
    /// </summary>
    public static WebApplication UseKhuyenCongPageCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled) app.UseOutputCache();
        return app;
    }
}
