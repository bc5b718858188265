using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// The background loop of every web instance: runs waiting jobs (exports, imports), then removes expired ones; sleeps
/// until the poll interval or a job queued on this instance wakes it.
/// </summary>
public sealed class BackgroundJobService(IServiceScopeFactory scopes, IOptions<ExportOptions> options,
    BackgroundJobSignal signal, ILogger<BackgroundJobService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested && await RunOneAsync(stoppingToken))
                {
                }
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<BackgroundJobRunner>().CleanUpAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup (or a database not yet migrated) must not stop the loop: the next tick retries.
                logger.LogWarning(ex, "Background job loop failed");
            }
            try
            {
                // Wall-clock waiting, not the portal's clock: tests move that one, and polling must go on regardless.
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Each job in a scope of its own (its own context, scope cache and letterhead).</summary>
    private async Task<bool> RunOneAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BackgroundJobRunner>().RunNextAsync(ct);
    }
}
