using KhuyenCong.Web.Infrastructure.Input;

namespace KhuyenCong.Web.Infrastructure;

public static class WebApplicationExtensions
{
    public static WebApplication UseKhuyenCongPipeline(this WebApplication app)
    {
        var requireHttps = app.Configuration.GetValue("Security:RequireHttps", true);
        // First, so that everything after it (HTTPS redirection, HSTS, cookies, logs, rate limits) sees the
        // user's scheme and address rather than the proxy's.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // A generic page, never a stack trace.
            app.UseExceptionHandler("/Home/Error");
            // HSTS only ever goes out on HTTPS responses (the middleware's own rule), so it is safe to keep on
            // behind a proxy: the user's HTTPS request gets it, a direct plain-HTTP request does not.
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (requireHttps) app.UseHttpsRedirection();
        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseStaticFiles();
        app.UseEscapedRequestLogging();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        // After authentication, so that the export limit counts per signed-in user.
        app.UseRateLimiter();
        app.UseMiddleware<AccountObligationsMiddleware>();
        // Before the policies: a user of an ended organisation learns who took over, whatever the change's policy.
        app.UseMiddleware<Authorization.EndedOrganisationMiddleware>();
        app.UseAuthorization();
        app.UseBadInputGuards();
        Caching.PageCacheExtensions.UseKhuyenCongPageCache(app);

        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().RequireAuthorization();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
