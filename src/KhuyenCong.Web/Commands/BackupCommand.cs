using System.Text.Json;

namespace KhuyenCong.Web.Commands;

/// <summary>
/// <c>backup --to folder</c>: an online backup of the SQLite database and the attachment folder into a new folder
/// (<c>khuyencong.db</c>, <c>attachments/</c>, <c>manifest.json</c>). The portal may keep running.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public static async Task RunAsync(IServiceProvider services, CommandArguments args, CommandConsole console,
        CancellationToken ct)
    {
        var target = Path.GetFullPath(args.Required("to"));
        var (databasePath, attachments) = SqliteStore.Locate(services, Name);
        if (!File.Exists(databasePath))
            throw new CommandRefusedException($"Không có cơ sở dữ liệu / No database at {databasePath}");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new CommandRefusedException($"Thư mục đích không rỗng / Target folder is not empty: {target}");
        Directory.CreateDirectory(target);

        var clock = services.GetRequiredService<TimeProvider>();
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var copy = Path.Combine(target, BackupManifest.DatabaseFileName);
        SqliteStore.Copy(databasePath, copy);
        // Files after the database: a file uploaded meanwhile may come along without its row (harmless), but every
        // row in the copy finds its file, since the portal never deletes an attachment file.
        var (files, bytes) =
            SqliteStore.CopyFolder(attachments, Path.Combine(target, BackupManifest.AttachmentsFolder));
        var tables = SqliteStore.CountRows(copy);

        var manifest = new BackupManifest(1, startedAt, BackupManifest.DatabaseFileName, tables, files, bytes);
        await File.WriteAllTextAsync(Path.Combine(target, BackupManifest.FileName),
            JsonSerializer.Serialize(manifest, SqliteStore.ManifestJson), ct);

        await console.Out.WriteLineAsync(
            $"Đã sao lưu / Backup written: {target} ({tables.Count} bảng/tables, {tables.Values.Sum()} dòng/rows, " +
                $"{files} tệp/files)");
    }
}
