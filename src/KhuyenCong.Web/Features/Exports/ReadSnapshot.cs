using System.Data;
using System.Data.Common;
using KhuyenCong.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// One read transaction around a long export, so that every query of it (the figures read before the rows, the
/// rows of each province) sees the database as it was at one moment and its rows, subtotals and total agree
/// although writes go on meanwhile. SQLite: a deferred transaction, which in WAL mode reads one snapshot and takes
/// no write lock (the default immediate one would hold other writers off for the whole export). SQL Server: snapshot
/// isolation when the database allows it (<c>ALLOW_SNAPSHOT_ISOLATION ON</c>); otherwise no transaction, as before,
/// rather than locks that would hold writers off.
/// </summary>
public sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly AppDbContext db;
    private readonly DbTransaction? sqlite;
    private readonly IDbContextTransaction? server;

    private ReadSnapshot(AppDbContext db, DbTransaction? sqlite = null, IDbContextTransaction? server = null) =>
        (this.db, this.sqlite, this.server) = (db, sqlite, server);

    /// <summary>Whether the queries read one snapshot (false: SQL Server without snapshot isolation).</summary>
    public bool Consistent => sqlite is not null || server is not null;

    public static async Task<ReadSnapshot> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return new(db, null);
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            DbTransaction? deferred = null;
            try
            {
                deferred = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
                await db.Database.UseTransactionAsync(deferred, ct);
                return new(db, sqlite: deferred);
            }
            catch
            {
                // Cancelled or refused before the export began: give the connection back as it was.
                if (deferred is not null) await deferred.DisposeAsync();
                await db.Database.CloseConnectionAsync();
                throw;
            }
        }
        if (db.Database.IsSqlServer() && await SnapshotAllowedAsync(db, ct))
            return new(db, server: await db.Database.BeginTransactionAsync(IsolationLevel.Snapshot, ct));
        return new(db);
    }

    private static async Task<bool> SnapshotAllowedAsync(AppDbContext db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<int>(
                "SELECT CAST(snapshot_isolation_state AS int) AS [Value] FROM sys.databases " +
                "WHERE database_id = DB_ID()")
            .SingleAsync(ct) == 1;

    /// <summary>Ends the transaction (only read: rolling back is ending it) and gives the connection back.</summary>
    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        if (sqlite is null) return;
        try
        {
            await db.Database.UseTransactionAsync(null);
        }
        finally
        {
            await sqlite.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
