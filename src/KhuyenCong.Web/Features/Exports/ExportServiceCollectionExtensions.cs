namespace KhuyenCong.Web.Features.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The export queue, its runner on every instance, and the writers of the long exports.</summary>
    public static IServiceCollection AddKhuyenCongExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section);
        services.AddScoped<ExportJobQueue>();
        services.AddScoped<ExportJobRunner>();
        services.AddScoped<Reports.ReportRequests>();
        services.AddScoped<IExportWriter, Reports.ImplementationReportExport>();
        services.AddScoped<IExportWriter, RegistrationExport>();
        services.AddHostedService<ExportJobService>();
        return services;
    }
}
