using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// Parses SQL Server text with Microsoft's T-SQL parser for SQL Server 2022 (no server needed), batch by batch
/// (split on <c>GO</c> lines), and the text of every <c>EXEC(N'...')</c> too: EF's idempotent script wraps some
/// statements in dynamic SQL, which the outer parse would accept unread.
/// </summary>
public static class TSqlCheck
{
    public sealed record Result(int Batches, int Statements, IReadOnlyList<string> Errors);

    public static Result Parse(string sql)
    {
        var errors = new List<string>();
        var batches = SplitBatches(sql);
        var statements = 0;
        foreach (var (batch, firstLine) in batches)
            statements += ParseBatch(batch, $"line {{0}} (script line {{1}})", firstLine, errors);
        return new Result(batches.Count, statements, errors);
    }

    private static int ParseBatch(string text, string where, int firstLine, List<string> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        TSqlFragment fragment;
        IList<ParseError> parseErrors;
        using (var reader = new StringReader(text)) fragment = parser.Parse(reader, out parseErrors);
        var lines = text.Split('\n');
        foreach (var e in parseErrors)
        {
            var line = e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1].TrimEnd('\r') : "";
            errors.Add($"{string.Format(where, e.Line, firstLine + e.Line - 1)}, column {e.Column}: {e.Message} (#{e.Number})\n    {line}");
        }
        if (parseErrors.Count > 0) return 0;

        var visitor = new StatementVisitor();
        fragment.Accept(visitor);
        var count = visitor.Count;
        foreach (var (dynamicSql, line) in visitor.DynamicSql)
            count += ParseBatch(dynamicSql, $"EXEC at script line {firstLine + line - 1}, its line {{0}}", firstLine, errors);
        return count;
    }

    /// <summary>Batches separated by lines holding only GO (sqlcmd's rule), with the script line each starts on.</summary>
    private static List<(string Text, int FirstLine)> SplitBatches(string sql)
    {
        var result = new List<(string, int)>();
        var current = new System.Text.StringBuilder();
        var start = 1;
        var number = 0;
        foreach (var raw in sql.Split('\n'))
        {
            number++;
            if (raw.Trim().Equals("GO", StringComparison.OrdinalIgnoreCase))
            {
                if (current.ToString().Trim().Length > 0) result.Add((current.ToString(), start));
                current.Clear();
                start = number + 1;
                continue;
            }
            current.Append(raw).Append('\n');
        }
        if (current.ToString().Trim().Length > 0) result.Add((current.ToString(), start));
        return result;
    }

    private sealed class StatementVisitor : TSqlFragmentVisitor
    {
        public int Count { get; private set; }
        public List<(string Sql, int Line)> DynamicSql { get; } = [];

        public override void Visit(TSqlStatement node) => Count++;

        public override void Visit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification?.ExecutableEntity is ExecutableStringList list)
            {
                var literals = list.Strings.OfType<StringLiteral>().ToList();
                if (literals.Count == list.Strings.Count) DynamicSql.Add((string.Concat(literals.Select(l => l.Value)), node.StartLine));
            }
        }
    }
}
