using System.IO.Compression;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>An uploaded file that passed the checks and is stored under <see cref="StoredName"/>.</summary>
public sealed record StoredUpload(string FileName, string ContentType, bool IsPhoto, long Size, string StoredName);

/// <summary>
/// Uploaded photos and documents live outside wwwroot (never served as static files), in the folder set by
/// <c>Storage:Attachments</c> (default App_Data/attachments). The type is decided by the file's bytes,
/// not by its name or the browser's claim; every upload of the portal goes through <see cref="StoreAsync"/>.
/// </summary>
public sealed class AttachmentStorage(IConfiguration configuration, IWebHostEnvironment environment)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public string Folder { get; } = Path.GetFullPath(
        Path.Combine(environment.ContentRootPath, configuration["Storage:Attachments"]
            ?? Path.Combine("App_Data", "attachments")));

    /// <summary>
    /// Checks and stores an upload: present, at most 10 MB, and of an accepted type by content (JPEG, PNG,
    /// PDF; Word and Excel too when <paramref name="allowOffice"/>). Returns the stored file or the reason.
    /// </summary>
    public async Task<(StoredUpload? Upload, string? Error)> StoreAsync(IFormFile? file, bool allowOffice,
        CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, "Chọn một tệp để tải lên.");
        if (file.Length > MaxBytes) return (null, "Tệp quá lớn: tối đa 10 MB.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var sniffed = Sniff(bytes) ?? (allowOffice && SniffOffice(bytes) is { } office ? (office, false) : null);
        if (sniffed is not var (contentType, isPhoto))
            return (null, allowOffice
                ? "Chỉ nhận tệp PDF, Word, Excel hoặc ảnh JPEG, PNG (kiểm tra theo nội dung tệp)."
                : "Chỉ nhận ảnh JPEG, PNG hoặc tài liệu PDF.");
        var storedName = $"{Guid.NewGuid():N}.bin";
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathOf(storedName), bytes, ct);
        return (new StoredUpload(AttachmentFileName.Normalise(file.FileName), contentType, isPhoto, bytes.Length,
            storedName), null);
    }

    /// <summary>Runs the database save that records the upload; removes the stored file when it fails.</summary>
    public async Task RecordAsync(StoredUpload upload, Func<Task> save)
    {
        try
        {
            await save();
        }
        catch
        {
            File.Delete(PathOf(upload.StoredName));
            throw;
        }
    }

    public string PathOf(string storedName) => Path.Combine(Folder, Path.GetFileName(storedName));

    /// <summary>JPEG, PNG or PDF by magic bytes; null for anything else.</summary>
    public static (string ContentType, bool IsPhoto)? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ("image/jpeg", true);
        if (head.Length >= 8 && head[..8].SequenceEqual(Png)) return ("image/png", true);
        if (head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8)) return ("application/pdf", false);
        return null;
    }

    /// <summary>
    /// Word and Excel by content: Office Open XML files are ZIP packages with [Content_Types].xml and a word/ or
    /// xl/ part; the older .doc/.xls are OLE compound files.
    /// </summary>
    public static string? SniffOffice(byte[] content)
    {
        if (content.Length >= 8 && content.AsSpan(0, 8).SequenceEqual(Ole)) return "application/octet-stream";
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3]
            != 0x04) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            if (zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
