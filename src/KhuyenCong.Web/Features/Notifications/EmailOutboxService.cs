using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// Runs on every web instance while e-mail is enabled: every few seconds, a batch of the outbox. It keeps no state
/// of its own between batches; the database says what is due and who holds it.
/// </summary>
public sealed class EmailOutboxService(IServiceScopeFactory scopes, IOptions<EmailOptions> options,
    ILogger<EmailOutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var pause = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var sender = scope.ServiceProvider.GetRequiredService<EmailOutboxSender>();
                // A full batch means more may be waiting: go on at once.
                if (await sender.SendDueAsync(stoppingToken) >= options.Value.BatchSize) continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; the next round tries again.
                logger.LogError(ex, "The e-mail outbox could not be read");
            }
            try
            {
                await Task.Delay(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
