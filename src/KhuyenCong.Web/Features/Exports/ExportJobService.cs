using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>The background loop of every web instance: runs waiting export jobs, then removes expired ones.</summary>
public sealed class ExportJobService(IServiceScopeFactory scopes, IOptions<ExportOptions> options,
    ILogger<ExportJobService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A wall-clock timer, not the portal's clock: tests move that one, and polling must go on regardless.
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested && await RunOneAsync(stoppingToken))
                {
                }
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ExportJobRunner>().CleanUpAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup (or a database not yet migrated) must not stop the loop: the next tick retries.
                logger.LogWarning(ex, "Export job loop failed");
            }
            try
            {
                await timer.WaitForNextTickAsync(stoppingToken);
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
        return await scope.ServiceProvider.GetRequiredService<ExportJobRunner>().RunNextAsync(ct);
    }
}
