using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Tests.Domain;

public sealed class UnitScopeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(14_000)]
    [InlineData(null)]
    public void Contains_Nationwide_ContainsEveryUnitAndNationwideRecords(int? unitId)
    {
        Assert.True(UnitScope.Nationwide.Contains(unitId));
    }

    [Fact]
    public void Contains_UnitInSet_ReturnsTrue()
    {
        Assert.True(UnitScope.Of(new HashSet<int> { 3, 7 }).Contains(7));
    }

    [Fact]
    public void Contains_UnitOutsideSet_ReturnsFalse()
    {
        Assert.False(UnitScope.Of(new HashSet<int> { 3, 7 }).Contains(8));
    }

    [Fact]
    public void Contains_NullUnitInLimitedScope_ReturnsFalse()
    {
        // A record without a unit is nationwide: only nationwide users may see it.
        Assert.False(UnitScope.Of(new HashSet<int> { 3, 7 }).Contains(null));
    }

    [Fact]
    public void Contains_EmptyScope_ContainsNothing()
    {
        Assert.False(UnitScope.Empty.Contains(1));
        Assert.False(UnitScope.Empty.Contains(null));
        Assert.False(UnitScope.Empty.IsNationwide);
    }
}
