using System.Globalization;
using System.Text.Json;

namespace KhuyenCong.Web.Commands;

/// <summary>
/// <c>restore --from folder [--force]</c>: puts a backup made by <see cref="BackupCommand"/> back in place of the
/// configured database and attachment folder. Run it while the portal is stopped. A non-empty database is replaced
/// only with --force, and then kept beside the new one (<c>*.before-restore-yyyyMMddHHmmss</c>), never deleted.
/// </summary>
public static class RestoreCommand
{
    public const string Name = "restore";

    public static async Task RunAsync(IServiceProvider services, CommandArguments args, CommandConsole console,
        CancellationToken ct)
    {
        var source = Path.GetFullPath(args.Required("from"));
        var force = args.Flag("force");
        var (databasePath, attachments) = SqliteStore.Locate(services, Name);
        var manifest = await ReadVerifiedAsync(source, ct);

        var inUse = HasTables(databasePath) || SqliteStore.CountFiles(attachments) > 0;
        if (inUse && !force)
            throw new CommandRefusedException(
                "Cơ sở dữ liệu hoặc thư mục tệp đính kèm đã có dữ liệu; dùng --force để thay " +
                "(bản cũ được giữ lại). / " +
                "The database or attachments folder is not empty; add --force to replace them " +
                $"(the old ones are kept): {databasePath}");

        if (inUse)
        {
            var suffix = ".before-restore-" + services.GetRequiredService<TimeProvider>().GetUtcNow()
                .ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
                if (File.Exists(file)) File.Move(file, file + suffix);
            if (Directory.Exists(attachments)) Directory.Move(attachments, attachments + suffix);
            await console.Out.WriteLineAsync($"Bản cũ được giữ với đuôi / Previous data kept with suffix: {suffix}");
        }
        else
        {
            // An empty file or leftovers of an empty database must not mix with the restored pages.
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        SqliteStore.Copy(Path.Combine(source, BackupManifest.DatabaseFileName), databasePath);
        Directory.CreateDirectory(attachments);
        var (files, _) = SqliteStore.CopyFolder(Path.Combine(source, BackupManifest.AttachmentsFolder), attachments);

        await console.Out.WriteLineAsync(
            $"Đã khôi phục / Restored: {databasePath} ({manifest.Tables.Values.Sum()} dòng/rows, {files} tệp/files; " +
            $"bản sao lưu lúc / backup of {manifest.CreatedAtUtc:yyyy-MM-dd HH:mm} UTC). " +
            "Khởi động lại cổng / Start the portal.");
    }

    /// <summary>The backup's manifest, after checking the copy holds what the manifest says.</summary>
    private static async Task<BackupManifest> ReadVerifiedAsync(string source, CancellationToken ct)
    {
        var manifestPath = Path.Combine(source, BackupManifest.FileName);
        var database = Path.Combine(source, BackupManifest.DatabaseFileName);
        if (!File.Exists(manifestPath) || !File.Exists(database))
            throw new CommandRefusedException($"Không phải bản sao lưu hoàn chỉnh / Not a complete backup (no " +
                $"{BackupManifest.FileName}): {source}");
        var manifest = JsonSerializer.Deserialize<BackupManifest>(
                           await File.ReadAllTextAsync(manifestPath, ct), SqliteStore.ManifestJson)
                       ?? throw new CommandRefusedException(
                           $"Manifest không đọc được / Unreadable manifest: {manifestPath}");

        var counts = SqliteStore.CountRows(database);
        var files = SqliteStore.CountFiles(Path.Combine(source, BackupManifest.AttachmentsFolder));
        var same = counts.Count == manifest.Tables.Count
                   && counts.All(c => manifest.Tables.TryGetValue(c.Key, out var rows) && rows == c.Value);
        if (!same || files != manifest.AttachmentFiles)
            throw new CommandRefusedException($"Bản sao lưu không khớp manifest / The backup does not match its " +
                $"manifest: {source}");
        return manifest;
    }

    private static bool HasTables(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0) return false;
        return SqliteStore.CountRows(path).Count > 0;
    }
}
