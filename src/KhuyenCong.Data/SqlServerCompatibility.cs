using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data;

/// <summary>
/// SQL Server reads a list inside a query (a province's units, a set of codes) from one JSON parameter with
/// OPENJSON, which needs the database's compatibility level 130 (SQL Server 2016) or higher. Below it every such
/// page would fail with a syntax error long after the start; checking once at start says why and what to run.
/// </summary>
public static class SqlServerCompatibility
{
    public const int Required = 130;

    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlServer()) return;
        var level = await db.Database
            .SqlQueryRaw<int>(
                "SELECT CAST(compatibility_level AS int) AS [Value] FROM sys.databases WHERE database_id = DB_ID()")
            .SingleAsync(ct);
        if (Problem(db.Database.GetDbConnection().Database, level) is { } problem)
            throw new InvalidOperationException(problem);
    }

    /// <summary>The message refusing to start, or null when the level is enough.</summary>
    public static string? Problem(string database, int level) =>
        level >= Required
            ? null
            : $"The SQL Server database '{database}' is at compatibility level {level}; the portal needs " +
              $"{Required} or higher (SQL Server 2016+), because lists in queries use OPENJSON. Run: ALTER DATABASE " +
              $"[{database}] SET COMPATIBILITY_LEVEL = {Required}; (or the server's own level) and start again.";
}
