using KhuyenCong.Data;

namespace KhuyenCong.Tests.SqlServer;

/// <summary>Issue 16: below compatibility level 130 (no OPENJSON) the portal refuses to start, saying why.</summary>
public sealed class SqlServerCompatibilityTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(120)]
    public void Problem_LevelBelow130_NamesTheDatabaseTheLevelAndTheFix(int level)
    {
        var problem = SqlServerCompatibility.Problem("KhuyenCong", level);

        Assert.NotNull(problem);
        Assert.Contains($"compatibility level {level}", problem);
        Assert.Contains("ALTER DATABASE [KhuyenCong] SET COMPATIBILITY_LEVEL = 130", problem);
    }

    [Theory]
    [InlineData(130)]
    [InlineData(160)]
    public void Problem_Level130OrHigher_None(int level)
    {
        Assert.Null(SqlServerCompatibility.Problem("KhuyenCong", level));
    }
}
