namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Uploaded photos and documents live outside wwwroot (never served as static files), in the folder set by
/// <c>Storage:Attachments</c> (default App_Data/attachments). The type is decided by the file's first bytes,
/// not by its name or the browser's claim.
/// </summary>
public sealed class AttachmentStorage(IConfiguration configuration, IWebHostEnvironment environment)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public string Folder { get; } = Path.GetFullPath(
        Path.Combine(environment.ContentRootPath, configuration["Storage:Attachments"] ?? Path.Combine("App_Data", "attachments")));

    /// <summary>JPEG, PNG or PDF by magic bytes; null for anything else.</summary>
    public static (string ContentType, bool IsPhoto)? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ("image/jpeg", true);
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return ("image/png", true);
        if (head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8)) return ("application/pdf", false);
        return null;
    }

    public async Task SaveAsync(string storedName, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathOf(storedName), content, ct);
    }

    public string PathOf(string storedName) => Path.Combine(Folder, Path.GetFileName(storedName));
}
