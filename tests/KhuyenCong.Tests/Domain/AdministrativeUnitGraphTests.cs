using KhuyenCong.Domain.AdministrativeUnits;
using static KhuyenCong.Domain.AdministrativeUnits.UnitGeneration;
using static KhuyenCong.Domain.AdministrativeUnits.UnitLevel;

namespace KhuyenCong.Tests.Domain;

/// <summary>
/// A miniature of the 2025 reform: legacy provinces 1 and 2 merge into current province 5.
/// <code>
/// legacy  1 ─ 10 ─ 100, 101        current 5 ─ 500 (from 100, 101)
///           └ 11 ─ 110                       └ 501 (from 110, 200)
///         2 ─ 20 ─ 200
/// </code>
/// </summary>
public sealed class AdministrativeUnitGraphTests
{
    private const int LegacyProvince = 1, OtherLegacyProvince = 2;
    private const int District = 10, OtherDistrict = 11, FarDistrict = 20;
    private const int Commune100 = 100, Commune101 = 101, Commune110 = 110, Commune200 = 200;
    private const int CurrentProvince = 5, NewCommune500 = 500, NewCommune501 = 501;
    private const int Unknown = 999;

    private static readonly AdministrativeUnitGraph Graph = new(
        [
            new(LegacyProvince, Province, Legacy, null),
            new(District, UnitLevel.District, Legacy, LegacyProvince),
            new(Commune100, Commune, Legacy, District),
            new(Commune101, Commune, Legacy, District),
            new(OtherDistrict, UnitLevel.District, Legacy, LegacyProvince),
            new(Commune110, Commune, Legacy, OtherDistrict),
            new(OtherLegacyProvince, Province, Legacy, null),
            new(FarDistrict, UnitLevel.District, Legacy, OtherLegacyProvince),
            new(Commune200, Commune, Legacy, FarDistrict),
            new(CurrentProvince, Province, Current, null),
            new(NewCommune500, Commune, Current, CurrentProvince),
            new(NewCommune501, Commune, Current, CurrentProvince),
        ],
        [
            (LegacyProvince, CurrentProvince), (OtherLegacyProvince, CurrentProvince),
            (Commune100, NewCommune500), (Commune101, NewCommune500),
            (Commune110, NewCommune501), (Commune200, NewCommune501),
        ]);

    [Fact]
    public void Subtree_LegacyProvince_ReturnsProvinceDistrictsAndCommunes()
    {
        Assert.Equal([LegacyProvince, District, OtherDistrict, Commune100, Commune101, Commune110],
            Graph.Subtree(LegacyProvince).Order());
    }

    [Fact]
    public void Subtree_Commune_ReturnsOnlyItself()
    {
        Assert.Equal([Commune110], Graph.Subtree(Commune110));
    }

    [Fact]
    public void Subtree_UnknownUnit_ReturnsEmpty()
    {
        Assert.Empty(Graph.Subtree(Unknown));
    }

    [Fact]
    public void ScopeOf_LegacyProvince_AddsCurrentCommunesFormedFromItsCommunesButNotTheCurrentProvince()
    {
        var scope = Graph.ScopeOf(LegacyProvince);

        Assert.Equal([LegacyProvince, District, OtherDistrict, Commune100, Commune101, Commune110, NewCommune500, NewCommune501],
            scope.Order());
        Assert.DoesNotContain(CurrentProvince, scope);
        Assert.DoesNotContain(OtherLegacyProvince, scope);
    }

    [Fact]
    public void ScopeOf_LegacyDistrict_FollowsItsCommunesOnlyIntoTheirSuccessors()
    {
        var scope = Graph.ScopeOf(District);

        Assert.Equal([District, Commune100, Commune101, NewCommune500], scope.Order());
    }

    [Fact]
    public void ScopeOf_LegacyCommune_AddsItsSuccessorCommune()
    {
        Assert.Equal([Commune110, NewCommune501], Graph.ScopeOf(Commune110).Order());
    }

    [Fact]
    public void ScopeOf_CurrentProvince_AddsWholeLegacyProvincesAndPredecessorCommunes()
    {
        var scope = Graph.ScopeOf(CurrentProvince);

        Assert.Equal(
            [LegacyProvince, OtherLegacyProvince, CurrentProvince, District, OtherDistrict, FarDistrict,
             Commune100, Commune101, Commune110, Commune200, NewCommune500, NewCommune501],
            scope.Order());
    }

    [Fact]
    public void ScopeOf_CurrentCommune_AddsOnlyItsPredecessorCommunes()
    {
        var scope = Graph.ScopeOf(NewCommune500);

        Assert.Equal([Commune100, Commune101, NewCommune500], scope.Order());
        Assert.DoesNotContain(District, scope);
        Assert.DoesNotContain(LegacyProvince, scope);
    }

    [Fact]
    public void ScopeOf_UnknownUnit_ReturnsEmpty()
    {
        Assert.Empty(Graph.ScopeOf(Unknown));
    }

    [Fact]
    public void SuccessorsOf_LegacyCommune_ReturnsLinkedCurrentCommune()
    {
        Assert.Equal([NewCommune500], Graph.SuccessorsOf(Commune100));
        Assert.Empty(Graph.SuccessorsOf(District));
    }

    [Fact]
    public void PredecessorsOf_CurrentCommune_ReturnsAllLegacyCommunesMergedIntoIt()
    {
        Assert.Equal([Commune110, Commune200], Graph.PredecessorsOf(NewCommune501).Order());
    }

    [Fact]
    public void Contains_KnownAndUnknownUnits_AnswersByMembership()
    {
        Assert.Equal(12, Graph.Count);
        Assert.True(Graph.Contains(NewCommune501));
        Assert.False(Graph.Contains(Unknown));
    }
}
