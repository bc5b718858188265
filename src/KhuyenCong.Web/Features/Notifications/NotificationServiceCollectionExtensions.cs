namespace KhuyenCong.Web.Features.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Notifications in the portal, and their e-mail through the outbox when "Email:Enabled" is set.</summary>
    public static IServiceCollection AddKhuyenCongNotifications(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddScoped<RecipientResolver>();
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationEvents>();
        services.AddScoped<UnreadNotifications>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<CycleDeadlineReminders>();
        services.AddScoped<EmailOutboxSender>();
        services.AddSingleton<IEmailTransport, MailKitEmailTransport>();
        services.AddHostedService<EmailOutboxService>();
        services.AddHostedService<DeadlineReminderService>();
        return services;
    }
}
