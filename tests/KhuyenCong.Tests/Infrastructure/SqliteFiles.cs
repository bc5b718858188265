using Microsoft.Data.Sqlite;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>Copying a SQLite database safely: the portal runs in WAL mode, so recent pages may sit in the -wal file.</summary>
internal static class SqliteFiles
{
    /// <summary>The connection string the portal builds for <paramref name="path"/>; pools are keyed by it.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    /// <summary>Closes the portal's pooled connections and folds the WAL into the main file.</summary>
    public static void Checkpoint(string path)
    {
        using (var pooled = new SqliteConnection(ConnectionString(path)))
            SqliteConnection.ClearPool(pooled);

        var unpooled = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        using var connection = new SqliteConnection(unpooled);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    public static void Copy(string source, string destination)
    {
        File.Copy(source, destination, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
            if (File.Exists(source + suffix))
                File.Copy(source + suffix, destination + suffix, overwrite: true);
    }

    public static void ReleasePool(string path)
    {
        using var pooled = new SqliteConnection(ConnectionString(path));
        SqliteConnection.ClearPool(pooled);
    }
}
