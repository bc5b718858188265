namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// Wakes this instance's job loop when a job is queued here, so a short import starts at once instead of at the
/// next poll. Other instances still find the job by polling the database.
/// </summary>
public sealed class BackgroundJobSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Wake()
    {
        // One pending wake-up is enough: the loop runs every waiting job before it sleeps again.
        if (_queued.CurrentCount == 0)
        {
            try
            {
                _queued.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another request woke it in between.
            }
        }
    }

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken ct) => _queued.WaitAsync(interval, ct);
}
