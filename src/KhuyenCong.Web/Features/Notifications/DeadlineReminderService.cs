using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// The daily reminder job, on every instance: at start and then every hour (cheap, and a day is never missed after a
/// restart). Two instances at once are harmless: the reminders carry a key unique per user, and the one that loses
/// the race drops its save.
/// </summary>
public sealed class DeadlineReminderService(IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<DeadlineReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the database be migrated and seeded first.
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var job = scope.ServiceProvider.GetRequiredService<DeadlineReminders>();
                await job.RunAsync(VietnamTime.Today(clock), stoppingToken);
            }
            catch (DbUpdateException ex)
            {
                logger.LogInformation(ex, "Deadline reminders were stored by another instance at the same time");
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Deadline reminders failed; the next hour tries again");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
