namespace KhuyenCong.Web.Features.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// The background jobs: the queue, its runner on every instance, the export writers and the project import.
    /// </summary>
    public static IServiceCollection AddKhuyenCongExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section);
        services.AddSingleton<BackgroundJobSignal>();
        services.AddScoped<BackgroundJobUser>();
        services.AddScoped<BackgroundJobQueue>();
        services.AddScoped<ExportJobQueue>();
        services.AddScoped<BackgroundJobRunner>();
        services.AddScoped<IBackgroundJob, ExportJobHandler>();
        services.AddScoped<IBackgroundJob, Projects.ProjectImportJob>();
        services.AddScoped<Reports.ReportRequests>();
        services.AddScoped<IExportWriter, Reports.ImplementationReportExport>();
        services.AddScoped<IExportWriter, RegistrationExport>();
        services.AddHostedService<BackgroundJobService>();
        return services;
    }
}
