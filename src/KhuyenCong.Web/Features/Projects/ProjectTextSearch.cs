using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The list's free-text filter (<c>?q=</c>): a project whose name contains the text, accents and case aside (its
/// stored <see cref="Project.SearchKey"/>), or whose code contains it.
/// <para>
/// SQLite (issue 16): answered from the FTS5 table <c>ProjectSearch</c> with the trigram tokenizer over the search
/// key and the code, kept in step with <c>Projects</c> by triggers (migration ProjectSearchAndScale). A quoted
/// trigram phrase matches exactly the substrings <c>instr()</c> found, without reading every row (100k projects:
/// 58 ms CPU a page before). Trigrams need three characters: a shorter text falls back to the scan.
/// </para>
/// <para>
/// SQL Server: the same substring test on the search key, over a narrow index of the key (IX_Projects_SearchKey, in
/// the SQL Server migration). A full-text index was not chosen: it matches words and word prefixes, not the inner
/// substrings the list promises, and the Full-Text Search feature is optional (absent from the SQL Server container
/// image the compose file uses).
/// </para>
/// </summary>
public static class ProjectTextSearch
{
    public const int TrigramLength = 3;

    /// <summary>
    /// From how many matching projects (nationwide) a text counts as common for the list page: see
    /// <see cref="ApplyForPageAsync"/>. Measured at 100k projects: below it, collecting the hits through FTS5 costs
    /// 0.2–11 ms; above it the hits themselves dominate (a text in 10 % of projects: 40 ms to collect and order).
    /// </summary>
    public const int CommonHits = 2000;

    public static IQueryable<Project> Apply(AppDbContext db, IQueryable<Project> query, string text)
    {
        var key = VietnameseText.SearchKey(text);
        var code = text.Trim().ToUpperInvariant();
        if (!db.Database.IsSqlite() || key.Length < TrigramLength || code.Length < TrigramLength)
            return Scan(query, key, code);
        var match = MatchExpression(key, code);
        var hits = db.Database.SqlQuery<int>(
            $"SELECT rowid AS \"Value\" FROM ProjectSearch WHERE ProjectSearch MATCH {match}");
        return query.Where(p => hits.Contains(p.Id));
    }

    /// <summary>
    /// The list page's form of the text filter (issue 16). A text found in fewer than <paramref name="commonHits"/>
    /// projects (one capped probe of the FTS5 index, ≈ 1 ms) is filtered through the index as in <see cref="Apply"/>.
    /// A common one ("chế biến": 40 % of projects) is tested on each row instead, the same substring test the index
    /// answers: the page then walks the list's order index and stops after its rows (at 10 % matching, page 1 reads
    /// ≈ 250 rows), and <see cref="ProjectListQuery.ListPageAsync"/> counts only a bounded number of matches, where
    /// collecting every hit through the index and ordering them cost 40–160 ms a page at national scale.
    /// </summary>
    public static async Task<IQueryable<Project>> ApplyForPageAsync(AppDbContext db, IQueryable<Project> query,
        string text, CancellationToken ct, int commonHits = CommonHits)
    {
        var key = VietnameseText.SearchKey(text);
        var code = text.Trim().ToUpperInvariant();
        if (!db.Database.IsSqlite() || key.Length < TrigramLength || code.Length < TrigramLength)
            return Apply(db, query, text);
        var match = MatchExpression(key, code);
        var hits = await db.Database.SqlQuery<int>($"""
                SELECT count(*) AS "Value"
                FROM (SELECT 1 FROM ProjectSearch WHERE ProjectSearch MATCH {match} LIMIT {commonHits})
                """).ToListAsync(ct);
        return hits[0] < commonHits ? Apply(db, query, text) : Scan(query, key, code);
    }

    /// <summary>The substring test itself, row by row.</summary>
    private static IQueryable<Project> Scan(IQueryable<Project> query, string key, string code) =>
        query.Where(p => p.SearchKey.Contains(key) || p.Code.Contains(code));

    /// <summary>
    /// Each text as one FTS5 string (a phrase of its trigrams, in order), limited to its column. When both are the
    /// same text but for case (anything typed without diacritics) one unlimited phrase says the same, since trigrams
    /// ignore case, and reads each trigram's list once instead of twice (a common text: 24 → 12 ms).
    /// </summary>
    public static string MatchExpression(string key, string code) =>
        string.Equals(key, code, StringComparison.OrdinalIgnoreCase)
            ? Quote(key)
            : $"SearchKey : {Quote(key)} OR Code : {Quote(code)}";

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
