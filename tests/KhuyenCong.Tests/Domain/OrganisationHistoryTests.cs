using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>Dated names, the end with successors and "who acted for whom" (DOMAIN §10).</summary>
public sealed class OrganisationHistoryTests
{
    private const string Former = "Cục Công Thương địa phương";
    private const string Renamed = "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công";

    private static readonly AdministrativeUnit LegacyProvince =
        new("17", "Tỉnh Hoà Bình", "Tỉnh", UnitLevel.Province, UnitGeneration.Legacy, null);

    private static readonly AdministrativeUnit CurrentProvince =
        new("25", "Tỉnh Phú Thọ", "tỉnh", UnitLevel.Province, UnitGeneration.Current, null);

    private static Organisation MinistryUnit() => new(Former, OrganisationKind.Ministry, null, new(2017, 11, 1));

    private static Organisation Legacy() =>
        new("Sở Công Thương tỉnh Hòa Bình", OrganisationKind.ProvincialDepartment, LegacyProvince, new(2008, 1, 1));

    private static Organisation Current() =>
        new("Sở Công Thương tỉnh Phú Thọ", OrganisationKind.ProvincialDepartment, CurrentProvince, new(2025, 7, 1));

    [Fact]
    public void RenameFrom_Date_NameOnShowsTheNameInForceAndListsShowTodays()
    {
        var unit = MinistryUnit();

        unit.RenameFrom(Renamed, new DateOnly(2025, 3, 1));

        Assert.Equal(Renamed, unit.Name);
        Assert.Equal(Former, unit.NameOn(new DateOnly(2021, 6, 30)));
        Assert.Equal(Former, unit.NameOn(new DateOnly(2025, 2, 28)));
        Assert.Equal(Renamed, unit.NameOn(new DateOnly(2025, 3, 1)));
        Assert.Equal(Renamed, unit.NameOn(new DateOnly(2026, 1, 1)));
        Assert.Equal(VietnameseText.SearchKey(Renamed), unit.SearchKey);
        Assert.Equal(new DateOnly(2025, 2, 28), Assert.Single(unit.FormerNames).ValidTo);
    }

    [Fact]
    public void RenameFrom_TwiceInOrder_KeepsEachNameForItsPeriod()
    {
        var unit = new Organisation("Cục Công nghiệp địa phương", OrganisationKind.Ministry, null, new(2008, 1, 1));

        unit.RenameFrom(Former, new DateOnly(2017, 11, 1));
        unit.RenameFrom(Renamed, new DateOnly(2025, 3, 1));

        Assert.Equal("Cục Công nghiệp địa phương", unit.NameOn(new DateOnly(2015, 5, 5)));
        Assert.Equal(Former, unit.NameOn(new DateOnly(2021, 5, 5)));
        Assert.Equal(Renamed, unit.NameOn(new DateOnly(2025, 5, 5)));
    }

    [Fact]
    public void RenameFrom_DateBeforeTheLastRenaming_Refused()
    {
        var unit = MinistryUnit();
        unit.RenameFrom(Renamed, new DateOnly(2025, 3, 1));

        var refusal = Assert.Throws<DomainException>(() => unit.RenameFrom("Tên khác", new DateOnly(2024, 1, 1)));

        Assert.Equal("Ngày đổi tên phải từ {0} trở về sau.", refusal.MessageKey);
        Assert.Equal(Renamed, unit.Name);
    }

    [Fact]
    public void RenameFrom_SameName_Refused()
    {
        Assert.Throws<DomainException>(() => MinistryUnit().RenameFrom(Former, new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void End_WithSuccessors_SetsLastDayAndLinksFromTheNextDay()
    {
        var legacy = Legacy();
        var current = Current();

        legacy.End(new DateOnly(2025, 6, 30), [current], "Nghị quyết 202/2025/QH15");

        Assert.Equal(new DateOnly(2025, 6, 30), legacy.ValidTo);
        var link = Assert.Single(legacy.Successors);
        Assert.Same(current, link.Successor);
        Assert.Equal(new DateOnly(2025, 7, 1), link.EffectiveFrom);
        Assert.True(legacy.HasEndedBy(new DateOnly(2026, 1, 1)));
        Assert.False(legacy.HasEndedBy(new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void End_SuccessorNotYetActive_RefusedAndNothingChanges()
    {
        var legacy = Legacy();

        var refusal = Assert.Throws<DomainException>(() => legacy.End(new DateOnly(2024, 12, 31), [Current()], null));

        Assert.Equal("{0} không hoạt động vào ngày {1} nên không kế thừa được.", refusal.MessageKey);
        Assert.Null(legacy.ValidTo);
        Assert.Empty(legacy.Successors);
    }

    [Fact]
    public void End_ItselfAsSuccessor_Refused()
    {
        var legacy = Legacy();

        Assert.Throws<DomainException>(() => legacy.End(new DateOnly(2025, 6, 30), [legacy], null));
    }

    [Fact]
    public void Reopen_AfterAMistakenEnd_RemovesTheLinks()
    {
        var legacy = Legacy();
        legacy.End(new DateOnly(2025, 6, 30), [Current()], null);

        legacy.Reopen();

        Assert.Null(legacy.ValidTo);
        Assert.Empty(legacy.Successors);
    }

    [Fact]
    public void ActingFor_PredecessorImplementsOrWorkedForThePlace_NamesIt()
    {
        var actor = new Actor("u", "Hoàng Văn Phú", 50)
        {
            OrganisationName = "Sở Công Thương tỉnh Phú Thọ",
            Predecessors = [new PredecessorOrganisation(7, "Sở Công Thương tỉnh Hòa Bình", new HashSet<int> { 100, 101 })],
        };

        Assert.Equal(7, actor.ActingFor(7, 999)?.OrganisationId);
        Assert.Equal(7, actor.ActingFor(8, 101)?.OrganisationId);
        Assert.Null(actor.ActingFor(8, 999));
        Assert.Null(actor.ActingFor(50, 101));
        Assert.Equal([50, 7], actor.OrganisationIds);
    }
}
