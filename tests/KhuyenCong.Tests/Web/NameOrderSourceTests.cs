using System.Text.RegularExpressions;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Web;

/// <summary>
/// Issue 11: lists order Vietnamese names by the stored normalised key (<c>SearchKey</c>) in the database, or by
/// <c>VietnameseText.NameOrder</c> in memory. SQLite and SQL Server order the names themselves differently (binary
/// vs. the column's collation), and an in-memory order without a comparer follows the request's culture, so the
/// same list came out in another order in production, in tests and in English. This reads the sources for the
/// pattern (migrations aside) so a new list cannot bring it back.
/// </summary>
public sealed partial class NameOrderSourceTests
{
    [Fact]
    public void NoListOrdersByAVietnameseNameWithoutTheNormalisedOrder()
    {
        var src = Path.Combine(Repository.Root, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains("Migrations", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                            StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 300, $"Only {files.Count} source files found under {src}");

        var found = files
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => ByName().IsMatch(l.line) || IdentityOrder().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(src, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, "Order by SearchKey or VietnameseText.NameOrder:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData(".OrderBy(e => e.Name).Select(", true)]
    [InlineData(".ThenByDescending(o => o.Successor.Name)", true)]
    [InlineData(".OrderBy(m => m.FullName)", true)]
    [InlineData(".Select(s => s.Successor.Name).OrderBy(n => n)", true)]
    [InlineData(".OrderBy(m => m.FullName, VietnameseText.NameOrder)", false)]
    [InlineData(".OrderBy(o => o.SearchKey).ThenBy(o => o.Id)", false)]
    [InlineData(".OrderBy(p => p.Code, StringComparer.Ordinal)", false)]
    public void Pattern_FindsAnOrderByTheNameItself(string line, bool found)
    {
        Assert.Equal(found, ByName().IsMatch(line) || IdentityOrder().IsMatch(line));
    }

    /// <summary>An order whose key is a name-like member and that gives no comparer.</summary>
    [GeneratedRegex(@"\b(OrderBy|ThenBy)(Descending)?\(\s*\w+\s*=>\s*[\w.!?]*\b(Name|FullName)\s*\)")]
    private static partial Regex ByName();

    /// <summary>Names selected first, then ordered as themselves (<c>.OrderBy(n => n)</c>).</summary>
    [GeneratedRegex(@"Name\)\s*\.OrderBy(Descending)?\(\s*(\w+)\s*=>\s*\2\s*\)")]
    private static partial Regex IdentityOrder();
}
