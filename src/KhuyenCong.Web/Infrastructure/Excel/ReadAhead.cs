using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// Reads the rest of a row source on a task of its own, a bounded number of rows ahead of the writer, so that the
/// database's work (the queries, the rows' materialisation) and the workbook's (XML, compression) run on the
/// machine's two cores at once instead of taking turns; memory stays bounded by <c>capacity</c> rows.
/// </summary>
internal static class ReadAhead
{
    /// <param name="source">Read only by the task until it ends; the caller disposes it afterwards.</param>
    public static async IAsyncEnumerable<T> RestAsync<T>(IAsyncEnumerator<T> source, int capacity,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true, SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(async () =>
        {
            try
            {
                while (await source.MoveNextAsync()) await channel.Writer.WriteAsync(source.Current, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                // The reader sees the source's failure (or its own cancellation) as the channel's.
                channel.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(ct)) yield return item;
        }
        finally
        {
            // A writer that failed stops the reading; either way the source is left alone before it is disposed.
            await stop.CancelAsync();
            await reading;
        }
    }
}
