using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Inserts many rows of one entity type with multi-row INSERT statements on the context's connection, outside change
/// tracking (issue 16: ~25,000 administrative units and links took ~8 s of CPU through SaveChanges). Tables, columns
/// and value conversions come from the EF model, so the statement follows the mapping; keys are given by the caller
/// (the rows refer to each other), which SQL Server accepts only under IDENTITY_INSERT. The caller owns the
/// transaction; nothing here is audited (see <see cref="AdministrativeUnitSeeder"/> for how the load is).
/// </summary>
public static class BulkInsert
{
    // SQL Server takes at most 2,100 parameters per command and 1,000 rows per VALUES list. SQLite takes 32,766
    // variables, but binding looks each parameter up by name in a list (Microsoft.Data.Sqlite and SQLite alike), so a
    // statement's cost grows with the square of its parameters: a few hundred is the fastest (measured: 12,000 per
    // statement took 8 s for the units, 500 a fraction of that).
    private const int SqlServerParameters = 2_000;
    private const int SqliteParameters = 200;
    private const int MaxRows = 1_000;

    /// <summary>How many rows of <paramref name="entity"/> one statement inserts on the context's provider.</summary>
    public static int RowsPerStatement(DbContext db, Type entity)
    {
        var columns = Columns(db.Model.FindEntityType(entity)!).Count;
        var limit = db.Database.IsSqlServer() ? SqlServerParameters : SqliteParameters;
        return Math.Max(1, Math.Min(MaxRows, limit / columns));
    }

    /// <summary>The INSERT statement for <paramref name="rows"/> rows of <paramref name="entity"/> (tests parse it).
    /// </summary>
    public static string Sql(DbContext db, Type entity, int rows)
    {
        var type = db.Model.FindEntityType(entity)
                   ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var helper = db.GetService<ISqlGenerationHelper>();
        var properties = Columns(type);
        var name = helper.DelimitIdentifier(table.Name, table.Schema);

        var sql = new StringBuilder();
        var identity = db.Database.IsSqlServer() && type.FindPrimaryKey()!.Properties
            .Any(p => p.ValueGenerated == ValueGenerated.OnAdd);
        if (identity) sql.Append("SET IDENTITY_INSERT ").Append(name).AppendLine(" ON;");
        sql.Append("INSERT INTO ").Append(name).Append(" (")
            .AppendJoin(", ", properties.Select(p => helper.DelimitIdentifier(p.GetColumnName(table)!)))
            .AppendLine(")").Append("VALUES ");
        for (var row = 0; row < rows; row++)
        {
            if (row > 0) sql.Append(",\n       ");
            sql.Append('(');
            for (var column = 0; column < properties.Count; column++)
            {
                if (column > 0) sql.Append(", ");
                sql.Append(helper.GenerateParameterNamePlaceholder(ParameterName(row, column, properties.Count)));
            }
            sql.Append(')');
        }
        sql.AppendLine(";");
        if (identity) sql.Append("SET IDENTITY_INSERT ").Append(name).AppendLine(" OFF;");
        return sql.ToString();
    }

    /// <summary>
    /// Inserts <paramref name="entities"/> in batches within the context's current transaction. A property named in
    /// <paramref name="given"/> takes the value computed there (the key and foreign keys the caller assigns); every
    /// other mapped property is read from the entity.
    /// </summary>
    public static async Task RunAsync<T>(DbContext db, IReadOnlyList<T> entities,
        IReadOnlyDictionary<string, Func<T, object?>> given, CancellationToken ct) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var properties = Columns(type);
        var values = properties.Select(p => given.TryGetValue(p.Name, out var value) ? value : Getter<T>(p)).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var helper = db.GetService<ISqlGenerationHelper>();
        var batch = RowsPerStatement(db, typeof(T));

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("A bulk insert runs inside a transaction.");
        string? fullBatchSql = null;
        for (var start = 0; start < entities.Count; start += batch)
        {
            var count = Math.Min(batch, entities.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = count == batch
                ? fullBatchSql ??= Sql(db, typeof(T), batch)
                : Sql(db, typeof(T), count);
            for (var row = 0; row < count; row++)
            {
                var entity = entities[start + row];
                for (var column = 0; column < properties.Count; column++)
                    AddParameter(command, mappings[column],
                        helper.GenerateParameterName(ParameterName(row, column, properties.Count)),
                        values[column](entity), properties[column].IsNullable);
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static void AddParameter(DbCommand command, RelationalTypeMapping mapping, string name, object? value,
        bool nullable) =>
        // The mapping converts the model's value (an enum, a DateOnly) to the provider's as SaveChanges would.
        command.Parameters.Add(mapping.CreateParameter(command, name, value, nullable));

    private static Func<T, object?> Getter<T>(IProperty property) where T : class
    {
        var getter = property.GetGetter();
        return entity => getter.GetClrValue(entity);
    }

    private static List<IProperty> Columns(IEntityType type) => [.. type.GetProperties()];

    private static string ParameterName(int row, int column, int columns) => "p" + (row * columns + column);
}
