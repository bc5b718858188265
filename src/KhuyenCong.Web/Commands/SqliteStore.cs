using System.Text.Json;
using KhuyenCong.Data;
using KhuyenCong.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Commands;

/// <summary>
/// What backup and restore share: where the portal's SQLite file and attachment folder are, copying a database
/// with SQLite's online backup API, counting rows and copying folders.
/// </summary>
internal static class SqliteStore
{
    public static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>The SQLite file and attachment folder of this configuration; refuses for SQL Server.</summary>
    public static (string DatabasePath, string AttachmentsFolder) Locate(IServiceProvider services, string command)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsSqlite())
            throw new CommandRefusedException(
                $"Lệnh {command} chỉ dùng cho SQLite. Với SQL Server dùng BACKUP DATABASE / RESTORE DATABASE " +
                "và chép thư mục tệp đính kèm, " +
                "xem README mục \"Backup and restore\". / " +
                $"The {command} command is for SQLite only; " +
                "for SQL Server use BACKUP DATABASE / RESTORE DATABASE and copy the " +
                "attachments folder, as README \"Backup and restore\" describes.");
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return (Path.GetFullPath(path), services.GetRequiredService<AttachmentStorage>().Folder);
    }

    /// <summary>
    /// A consistent copy of a live database: SQLite's backup API reads one snapshot (committed pages, WAL included),
    /// while writers carry on. A file copy of a WAL database can miss committed pages or catch half a checkpoint.
    /// </summary>
    public static void Copy(string sourcePath, string destinationPath)
    {
        using var source = Open(sourcePath, SqliteOpenMode.ReadWrite);
        using var destination = Open(destinationPath, SqliteOpenMode.ReadWriteCreate);
        source.BackupDatabase(destination);
        // The copy is a single self-contained file; the portal turns WAL back on when it starts on it.
        Scalar(destination, "PRAGMA journal_mode=DELETE;");
        var check = Scalar(destination, "PRAGMA integrity_check;");
        if (!Equals(check, "ok")) throw new InvalidOperationException($"integrity_check of the copy: {check}");
    }

    /// <summary>Rows per table (SQLite's own tables left out), by table name.</summary>
    public static SortedDictionary<string, long> CountRows(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadWrite);
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
            counts[table] = (long)Scalar(connection,
                $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";")!;
        return counts;
    }

    /// <summary>
    /// Copies every file under <paramref name="from"/>, keeping relative paths; returns the count and bytes.
    /// </summary>
    public static (int Files, long Bytes) CopyFolder(string from, string to)
    {
        var files = 0;
        long bytes = 0;
        if (!Directory.Exists(from)) return (0, 0);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: false);
            files++;
            bytes += new FileInfo(target).Length;
        }
        return (files, bytes);
    }

    public static int CountFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;

    // Unpooled, so the files are released as soon as the command is done with them.
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
