using KhuyenCong.Web.Commands;
using Microsoft.Data.Sqlite;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>What an operator's command printed and returned.</summary>
public sealed record CommandResult(int ExitCode, string Out, string Error)
{
    /// <summary>
    /// Asserts the exit code and, when it differs, shows what the command printed (a bare "1 ≠ 2" says nothing).
    /// </summary>
    public void ShouldExit(int expected) =>
        Xunit.Assert.True(ExitCode == expected, $"Expected exit {expected}, got {ExitCode}.\nstderr: {Error}\nstdout: {Out}");
}

/// <summary>
/// A deployment in a test folder: its SQLite file and attachment folder, and the operator commands run in-process
/// against them with the settings of production (environment Production, demo seeding off).
/// </summary>
public sealed class CommandSite : IDisposable
{
    public CommandSite()
    {
        Folder = TestDirectories.NewFolder();
        DatabasePath = Path.Combine(Folder, "App_Data", "khuyencong.db");
        AttachmentsFolder = Path.Combine(Folder, "App_Data", "attachments");
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public string AttachmentsFolder { get; }

    public IReadOnlyDictionary<string, string?> Settings(string provider = "Sqlite") => new Dictionary<string, string?>
    {
        ["DatabaseProvider"] = provider,
        ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
        ["ConnectionStrings:SqlServer"] = "Server=nowhere.invalid;Database=KhuyenCong;Integrated Security=true;TrustServerCertificate=True",
        ["Storage:Attachments"] = AttachmentsFolder,
        ["Seeding:Demo"] = "false",
    };

    /// <summary>Runs a command; <paramref name="stdin"/> null is a terminal (nothing piped), otherwise piped text.</summary>
    public Task<CommandResult> RunAsync(string? stdin, params string[] args) => RunWithProviderAsync("Sqlite", stdin, args);

    public async Task<CommandResult> RunWithProviderAsync(string provider, string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CommandConsole(new StringReader(stdin ?? ""), output, error, InputRedirected: stdin is not null);
        var options = new CommandHostOptions { EnvironmentName = "Production", ContentRoot = Folder, Configuration = Settings(provider) };
        var exitCode = await PortalCommands.RunAsync(args, console, options);
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Rows per table, read through a connection of the test's own (committed data only).</summary>
    public static SortedDictionary<string, long> CountRows(string databasePath)
    {
        using var connection = OpenUnpooled(databasePath);
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables) counts[table] = Scalar<long>(connection, $"SELECT COUNT(*) FROM \"{table}\"");
        return counts;
    }

    public static T Scalar<T>(string databasePath, string sql)
    {
        using var connection = OpenUnpooled(databasePath);
        return Scalar<T>(connection, sql);
    }

    public static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static SqliteConnection OpenUnpooled(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteFiles.ReleasePool(DatabasePath);
        TestDirectories.TryDelete(Folder);
    }
}
