namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// Reads a stream in chunks up to an ASCII marker, either collecting the bytes (a sheet's small start and end) or
/// copying them on (its rows), holding no more than one chunk and the marker's length.
/// </summary>
internal sealed class MarkerReader(Stream source)
{
    private byte[] buffer = new byte[1 << 16];
    private int start, end;
    private bool finished;

    /// <summary>The bytes up to and including <paramref name="marker"/>.</summary>
    public async Task<byte[]> ReadThroughAsync(byte[] marker, CancellationToken ct)
    {
        using var collected = new MemoryStream();
        await CopyUntilAsync(marker, collected, ct);
        collected.Write(buffer, start, marker.Length);
        start += marker.Length;
        return collected.ToArray();
    }

    /// <summary>Copies the bytes before <paramref name="marker"/>; the marker is left to read next.</summary>
    public async Task CopyUntilAsync(byte[] marker, Stream target, CancellationToken ct)
    {
        while (true)
        {
            var found = buffer.AsSpan(start, end - start).IndexOf(marker);
            if (found >= 0)
            {
                await target.WriteAsync(buffer.AsMemory(start, found), ct);
                start += found;
                return;
            }
            // Keep what could be the marker's beginning; pass the rest on.
            var safe = Math.Max(0, end - start - (marker.Length - 1));
            await target.WriteAsync(buffer.AsMemory(start, safe), ct);
            start += safe;
            if (!await FillAsync(ct))
                throw new InvalidDataException(
                    $"The sheet ends before {System.Text.Encoding.ASCII.GetString(marker)}.");
        }
    }

    public async Task<byte[]> ReadToEndAsync(CancellationToken ct)
    {
        using var rest = new MemoryStream();
        while (true)
        {
            rest.Write(buffer, start, end - start);
            start = end;
            if (!await FillAsync(ct)) return rest.ToArray();
        }
    }

    /// <summary>Moves what is left to the front and reads more; false at the end of the stream.</summary>
    private async Task<bool> FillAsync(CancellationToken ct)
    {
        if (finished) return false;
        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        var read = await source.ReadAsync(buffer.AsMemory(end), ct);
        end += read;
        finished = read == 0;
        return read > 0;
    }
}
