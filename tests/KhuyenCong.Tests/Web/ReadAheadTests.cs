using KhuyenCong.Web.Infrastructure.Excel;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// The streamed exports read their rows on a task of their own (<see cref="ReadAhead"/>): whatever ends the writing
/// (the rows run out, the source fails, the writer stops, the request is cancelled), the reading task has ended
/// before the caller disposes the source, which is a database reader that must not be used by two tasks at once.
/// </summary>
public sealed class ReadAheadTests
{
    [Fact]
    public async Task AllRows_InOrder()
    {
        var source = new Source(rows: 5_000);

        var read = await ReadAllAsync(source, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 5_000), read);
        Assert.False(source.Reading);
    }

    [Fact]
    public async Task SourceFailsPastTheSample_TheWriterSeesTheFailure_AndTheReadingHasEnded()
    {
        var source = new Source(rows: 5_000, failAt: 2_500);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ReadAllAsync(source, CancellationToken.None));

        Assert.Equal("row 2500 failed", error.Message);
        await AssertReadingEndedAsync(source);
    }

    [Fact]
    public async Task WriterStops_TheReadingEndsBeforeTheCallerGoesOn()
    {
        var source = new Source(rows: 100_000);
        var written = 0;

        await foreach (var _ in ReadAhead.RestAsync(source, capacity: 10, CancellationToken.None))
            if (++written == 50) break;

        await AssertReadingEndedAsync(source);
        Assert.True(source.Read < 100_000, $"{source.Read} rows read after the writer stopped");
    }

    [Fact]
    public async Task RequestCancelled_TheWriterStops_AndTheReadingHasEnded()
    {
        var source = new Source(rows: 100_000);
        using var cancel = new CancellationTokenSource();
        var written = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in ReadAhead.RestAsync(source, capacity: 10, cancel.Token))
                if (++written == 50) await cancel.CancelAsync();
        });

        await AssertReadingEndedAsync(source);
        Assert.True(source.Read < 100_000, $"{source.Read} rows read after the cancellation");
    }

    /// <summary>Nothing reads the source any more: no read running, and none starts a moment later.</summary>
    private static async Task AssertReadingEndedAsync(Source source)
    {
        Assert.False(source.Reading);
        var read = source.Read;
        await Task.Delay(100);
        Assert.Equal(read, source.Read);
    }

    private static async Task<List<int>> ReadAllAsync(Source source, CancellationToken ct)
    {
        var read = new List<int>();
        await foreach (var row in ReadAhead.RestAsync(source, capacity: 100, ct)) read.Add(row);
        return read;
    }

    /// <summary>
    /// Rows 0…n-1, each read after a yield (as a database read would); records whether a read is running.
    /// </summary>
    private sealed class Source(int rows, int failAt = -1) : IAsyncEnumerator<int>
    {
        private volatile bool reading;

        public bool Reading => reading;
        public int Read { get; private set; }
        public int Current { get; private set; } = -1;

        public async ValueTask<bool> MoveNextAsync()
        {
            reading = true;
            try
            {
                await Task.Yield();
                if (Current + 1 == failAt) throw new InvalidOperationException($"row {failAt} failed");
                if (Current + 1 >= rows) return false;
                Current++;
                Read++;
                return true;
            }
            finally
            {
                reading = false;
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
