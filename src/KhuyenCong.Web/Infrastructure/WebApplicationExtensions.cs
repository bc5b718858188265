using KhuyenCong.Web.Infrastructure.Input;

namespace KhuyenCong.Web.Infrastructure;

public static class WebApplicationExtensions
{
    public static WebApplication UseKhuyenCongPipeline(this WebApplication app)
    {
        var requireHttps = app.Configuration.GetValue("Security:RequireHttps", true);
        if (!app.Environment.IsDevelopment())
        {
            // A generic page, never a stack trace.
            app.UseExceptionHandler("/Home/Error");
            if (requireHttps) app.UseHsts();
        }

        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                               | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (requireHttps) app.UseHttpsRedirection();
        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseStaticFiles();
        app.UseEscapedRequestLogging();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseBadInputGuards();

        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().RequireAuthorization();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
