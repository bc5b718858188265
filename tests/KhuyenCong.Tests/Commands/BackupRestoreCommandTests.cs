using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Commands;

namespace KhuyenCong.Tests.Commands;

/// <summary>Backup and restore of a live SQLite deployment (the seeded demo database, plus attachment files).</summary>
public sealed class BackupRestoreCommandTests : IDisposable
{
    private const string Marker = "backup-test-uncommitted";

    private readonly CommandSite _live = new();
    private readonly CommandSite _restored = new();

    public BackupRestoreCommandTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_live.DatabasePath)!);
        TemplateDatabase.CopyTo(_live.DatabasePath);
        Directory.CreateDirectory(Path.Combine(_live.AttachmentsFolder, "old"));
        var random = new Random(20261129);
        for (var i = 0; i < 6; i++)
        {
            var bytes = new byte[random.Next(1, 200_000)];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(_live.AttachmentsFolder, i == 5 ? "old" : "", $"{Guid.NewGuid():N}.bin"), bytes);
        }
    }

    private string BackupFolder => Path.Combine(_live.Folder, "backup");

    [Fact]
    public async Task Backup_WhileAWriterHoldsAnOpenTransaction_RestoreFindsEveryCommittedRowAndFile()
    {
        using var writer = CommandSite.OpenUnpooled(_live.DatabasePath);
        Execute(writer, "PRAGMA wal_autocheckpoint=0;");
        Assert.Equal("wal", CommandSite.Scalar<string>(writer, "PRAGMA journal_mode;"));
        // Committed rows that live only in the -wal file: a copy of the main file alone would lose them.
        Execute(writer, "BEGIN; " + string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"INSERT INTO AuditLog (AtUtc, UserName, EntityType, EntityKey, Action) VALUES ('2026-11-29 00:00:00', 'backup-test', 'Committed', '{i}', 'Added');")) + " COMMIT;");
        Assert.True(new FileInfo(_live.DatabasePath + "-wal").Length > 0);
        // A write transaction left open while the backup runs: the portal keeps working during a backup.
        Execute(writer, $"BEGIN IMMEDIATE; INSERT INTO AuditLog (AtUtc, UserName, EntityType, EntityKey, Action) VALUES ('2026-11-29 00:00:00', '{Marker}', 'Uncommitted', '0', 'Added');");
        var committed = CommandSite.CountRows(_live.DatabasePath);

        var backup = await _live.RunAsync(null, "backup", "--to", BackupFolder);
        Execute(writer, "COMMIT;");

        Assert.True(backup.ExitCode == PortalCommands.Success, backup.Error);
        Assert.True(File.Exists(Path.Combine(BackupFolder, BackupManifest.FileName)));
        var restore = await _restored.RunAsync(null, "restore", "--from", BackupFolder);
        Assert.True(restore.ExitCode == PortalCommands.Success, restore.Error);

        Assert.Equal("ok", CommandSite.Scalar<string>(_restored.DatabasePath, "PRAGMA integrity_check;"));
        Assert.Equal(committed, CommandSite.CountRows(_restored.DatabasePath));
        Assert.Equal(300, CommandSite.Scalar<long>(_restored.DatabasePath, "SELECT COUNT(*) FROM AuditLog WHERE UserName = 'backup-test'"));
        Assert.Equal(0, CommandSite.Scalar<long>(_restored.DatabasePath, $"SELECT COUNT(*) FROM AuditLog WHERE UserName = '{Marker}'"));
        AssertSameFiles(_live.AttachmentsFolder, _restored.AttachmentsFolder);
    }

    [Fact]
    public async Task Backup_ManifestCountsEveryTableAndFile()
    {
        var backup = await _live.RunAsync(null, "backup", "--to", BackupFolder);

        Assert.True(backup.ExitCode == PortalCommands.Success, backup.Error);
        var manifest = System.Text.Json.JsonSerializer.Deserialize<BackupManifest>(
            await File.ReadAllTextAsync(Path.Combine(BackupFolder, BackupManifest.FileName)))!;
        Assert.Equal(CommandSite.CountRows(_live.DatabasePath), new SortedDictionary<string, long>(manifest.Tables.ToDictionary(), StringComparer.Ordinal));
        Assert.Equal(6, manifest.AttachmentFiles);
        Assert.True(manifest.Tables["AdministrativeUnits"] > 10_000);
    }

    [Fact]
    public async Task Backup_TargetFolderNotEmpty_RefusedWithExit2()
    {
        Directory.CreateDirectory(BackupFolder);
        await File.WriteAllTextAsync(Path.Combine(BackupFolder, "keep.txt"), "older backup");

        var result = await _live.RunAsync(null, "backup", "--to", BackupFolder);

        result.ShouldExit(PortalCommands.Refused);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(BackupFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Restore_OverNonEmptyDatabase_RefusedWithoutForceAndKeepsTheOldDataWithForce()
    {
        Assert.Equal(PortalCommands.Success, (await _live.RunAsync(null, "backup", "--to", BackupFolder)).ExitCode);
        Directory.CreateDirectory(Path.GetDirectoryName(_restored.DatabasePath)!);
        TemplateDatabase.CopyTo(_restored.DatabasePath);
        SqliteFiles.Checkpoint(_restored.DatabasePath);
        Execute(_restored.DatabasePath, "CREATE TABLE OnlyInTheOldDatabase (Id INTEGER);");
        var before = await File.ReadAllBytesAsync(_restored.DatabasePath);

        var refused = await _restored.RunAsync(null, "restore", "--from", BackupFolder);

        refused.ShouldExit(PortalCommands.Refused);
        Assert.Contains("--force", refused.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(_restored.DatabasePath));

        var forced = await _restored.RunAsync(null, "restore", "--from", BackupFolder, "--force");

        Assert.True(forced.ExitCode == PortalCommands.Success, forced.Error);
        Assert.Equal(CommandSite.CountRows(Path.Combine(BackupFolder, BackupManifest.DatabaseFileName)), CommandSite.CountRows(_restored.DatabasePath));
        var kept = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_restored.DatabasePath)!, "khuyencong.db.before-restore-*"));
        Assert.Equal(1, CommandSite.Scalar<long>(kept, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'OnlyInTheOldDatabase'"));
        AssertSameFiles(_live.AttachmentsFolder, _restored.AttachmentsFolder);
    }

    [Theory]
    [InlineData("backup", "--to")]
    [InlineData("restore", "--from")]
    public async Task BackupOrRestore_SqlServerProvider_RefusedWithPointerToTheReadme(string command, string option)
    {
        var result = await _live.RunWithProviderAsync("SqlServer", null, command, option, BackupFolder);

        result.ShouldExit(PortalCommands.Refused);
        Assert.Contains("BACKUP DATABASE", result.Error);
        Assert.Contains("README", result.Error);
        Assert.False(Directory.Exists(BackupFolder));
    }

    public void Dispose()
    {
        _live.Dispose();
        _restored.Dispose();
    }

    private static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        var expected = Directory.GetFiles(expectedFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expectedFolder, f)).Order().ToList();
        var actual = Directory.GetFiles(actualFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actualFolder, f)).Order().ToList();
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, actual);
        foreach (var file in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(expectedFolder, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(actualFolder, file))), file);
    }

    private static void Execute(string databasePath, string sql)
    {
        using var connection = CommandSite.OpenUnpooled(databasePath);
        Execute(connection, sql);
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
