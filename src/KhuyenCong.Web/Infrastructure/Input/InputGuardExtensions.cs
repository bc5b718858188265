using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serilog;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>Bad input never breaks a response: the services and the pipeline step, each in one call.</summary>
public static class InputGuardExtensions
{
    public static IServiceCollection AddBadInputGuards(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => DateWindow.From(provider.GetRequiredService<IConfiguration>()));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>,
            ConfigureInputGuards>());
        return services;
    }

    /// <summary>
    /// After authorization: bodies are read once, under the endpoint's limit, only for allowed requests.
    /// </summary>
    public static IApplicationBuilder UseBadInputGuards(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyGuardMiddleware>();

    /// <summary>
    /// The request log line shows the path with control characters escaped (a %0A in the address must not forge a log
    /// line).
    /// </summary>
    public static IApplicationBuilder UseEscapedRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.GetMessageTemplateProperties =
            (context, path, elapsed, status) =>
        [
            new("RequestMethod", new Serilog.Events.ScalarValue(InputText.ForLog(context.Request.Method, 20))),
            new("RequestPath", new Serilog.Events.ScalarValue(InputText.ForLog(path))),
            new("StatusCode", new Serilog.Events.ScalarValue(status)),
            new("Elapsed", new Serilog.Events.ScalarValue(elapsed)),
        ]);
}
