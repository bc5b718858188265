using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// Issue 16: a scope given as whole province codes plus other units. One code may name a legacy and a current
/// province (Phú Thọ, 25): it counts as whole only when the units of both are in scope.
/// </summary>
public sealed class ScopeFilterTests
{
    private static readonly AdministrativeUnitGraph Graph = new(
    [
        // Legacy province 17 (district 170, commune 1700); legacy 25 (commune 2500); current 25 (commune 2599).
        new(17, UnitLevel.Province, UnitGeneration.Legacy, null, "17"),
        new(170, UnitLevel.District, UnitGeneration.Legacy, 17, "17"),
        new(1700, UnitLevel.Commune, UnitGeneration.Legacy, 170, "17"),
        new(25, UnitLevel.Province, UnitGeneration.Legacy, null, "25"),
        new(2500, UnitLevel.Commune, UnitGeneration.Legacy, 25, "25"),
        new(125, UnitLevel.Province, UnitGeneration.Current, null, "25"),
        new(2599, UnitLevel.Commune, UnitGeneration.Current, 125, "25"),
    ], [(17, 125), (25, 125), (1700, 2599), (2500, 2599)]);

    [Fact]
    public void ScopeFilter_CurrentProvinceWithItsLegacyOnes_WholeCodesAndNoOtherUnit()
    {
        var scope = Graph.ScopeFilter(Graph.ScopeOf(125));

        Assert.Equal(["17", "25"], scope.WholeProvinceCodes.Order());
        Assert.Empty(scope.UnitsOutsideWholeProvinces);
        Assert.Equal(7, scope.UnitIds.Count);
    }

    [Fact]
    public void ScopeFilter_LegacyProvinceSharingItsCode_CodeNotWholeUnitsKept()
    {
        // Legacy 25 sees its units and the current commune formed from them, not the current province itself.
        var scope = Graph.ScopeFilter(Graph.ScopeOf(25));

        Assert.Empty(scope.WholeProvinceCodes);
        Assert.Equal([25, 2500, 2599], scope.UnitsOutsideWholeProvinces.Order());
    }

    [Fact]
    public void ScopeFilter_WholeLegacyProvincePlusALinkedCommune_CodeAndTheCommune()
    {
        var scope = Graph.ScopeFilter(Graph.ScopeOf(17));

        Assert.Equal(["17"], scope.WholeProvinceCodes);
        Assert.Equal([2599], scope.UnitsOutsideWholeProvinces);
    }

    [Fact]
    public void Of_UnitsOnly_EveryUnitOutsideWholeProvinces()
    {
        var scope = UnitScope.Of(new HashSet<int> { 3, 7 });

        Assert.Empty(scope.WholeProvinceCodes);
        Assert.Equal([3, 7], scope.UnitsOutsideWholeProvinces.Order());
    }
}
